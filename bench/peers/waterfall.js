// A 10-step waterfall with MemoryStorage, driven in process through a TestAdapter-free loop: each turn loads the
// dialog state, continues the dialog and saves it, as botbuilder does for a bot. Prints one JSON line.
// usage: node waterfall.js <users> <seconds>
const { ConversationState, MemoryStorage, TurnContext, ActivityTypes, BotAdapter } = require('botbuilder');
const { DialogSet, WaterfallDialog, TextPrompt, DialogTurnStatus } = require('botbuilder-dialogs');

class NullAdapter extends BotAdapter {
  async sendActivities(context, activities) { return activities.map(() => ({ id: '1' })); }
  async updateActivity() {}
  async deleteActivity() {}
  async continueConversation() {}
}

const users = Number(process.argv[2] || 256);
const seconds = Number(process.argv[3] || 10);
const storage = new MemoryStorage();
const conversationState = new ConversationState(storage);
const dialogState = conversationState.createProperty('dialog');
const dialogs = new DialogSet(dialogState);
dialogs.add(new TextPrompt('text'));
const steps = [];
for (let i = 0; i < 10; i++) {
  steps.push(async (step) => {
    if (i > 0) step.values['q' + i] = step.result;
    return step.prompt('text', `Question ${i + 1}?`);
  });
}
steps.push(async (step) => step.endDialog());
dialogs.add(new WaterfallDialog('interview', steps));
const adapter = new NullAdapter();

async function turn(user, text, n) {
  const activity = {
    type: ActivityTypes.Message, id: `a${n}`, text, channelId: 'test', serviceUrl: 'http://127.0.0.1',
    from: { id: user }, recipient: { id: 'bot' }, conversation: { id: user },
  };
  const context = new TurnContext(adapter, activity);
  const dc = await dialogs.createContext(context);
  const result = await dc.continueDialog();
  if (result.status === DialogTurnStatus.empty) await dc.beginDialog('interview');
  await conversationState.saveChanges(context);
}

(async () => {
  const latencies = [];
  const end = Date.now() + seconds * 1000;
  let n = 0;
  async function worker(w) {
    for (let round = 0; Date.now() < end; round++) {
      for (let step = 0; step < 11 && Date.now() < end; step++) {
        const started = process.hrtime.bigint();
        await turn(`user-${w}-${round}`, step === 0 ? 'new' : `answer ${step}`, n++);
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: users }, (_, w) => worker(w)));
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p / 100))];
  console.log(JSON.stringify({ name: 'peer.waterfall', ops_per_s: latencies.length / elapsed, p50_ms: pct(50), p99_ms: pct(99), ops: latencies.length }));
})();
