// The bot's feature folders own their tables (db.Collaborations, db.Obligations, ...) as extension properties; tests read
// them everywhere, so the namespaces are imported once here.
global using PartnershipBot.Data;
global using PartnershipBot.Partnerships;
global using PartnershipBot.Reminders;
global using PartnershipBot.Turns;
