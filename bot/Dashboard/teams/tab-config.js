// The team tab's configuration page: tells Teams which page the tab shows, then enables Teams' Save button.
// Plain script, no build; TeamsJS (MicrosoftTeams.min.js, @microsoft/teams-js 2.58.0, MIT) is served beside it.
(function () {
  "use strict";
  var teams = window.microsoftTeams;
  if (!teams) {
    return;
  }

  teams.app.initialize().then(function () {
    var origin = window.location.origin;
    teams.pages.config.registerOnSaveHandler(function (save) {
      teams.pages.config.setConfig({
        entityId: "compliance-dashboard",
        suggestedDisplayName: "Compliance",
        contentUrl: origin + "/dashboard?teams=1",
        websiteUrl: origin + "/dashboard"
      }).then(function () {
        save.notifySuccess();
      }, function (error) {
        save.notifyFailure(String(error));
      });
    });
    teams.pages.config.setValidityState(true);
  });
})();
