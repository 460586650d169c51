// A CloudAdapter echo bot on 127.0.0.1 (no authentication: an empty app id), replying to a loopback connector;
// the parent (bench -- peers) posts activities to it. Prints "listening <port>" once ready.
// usage: node echo.js
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler();
bot.onMessage(async (context, next) => { await context.sendActivity(`Echo: ${context.activity.text}`); await next(); });

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; res.end(); return; }
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    req.body = JSON.parse(body);
    // CloudAdapter.process takes a restify/express-like request and response.
    const response = {
      status(code) { res.statusCode = code; return response; },
      header(name, value) { res.setHeader(name, value); return response; },
      send(data) { if (data !== undefined) res.write(typeof data === 'string' ? data : JSON.stringify(data)); return response; },
      end() { res.end(); return response; },
    };
    adapter.process(req, response, (context) => bot.run(context)).catch(() => { res.statusCode = 500; res.end(); });
  });
});
server.listen(0, '127.0.0.1', () => console.log(`listening ${server.address().port}`));
