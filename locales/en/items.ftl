### adieu — English: the close-out items adieu writes natively, by their code in the
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). No article unless the language needs one: the items of
### a list share one pattern.
### `.number` is the item's grammatical number, singular or plural: a sentence about this
### one item agrees with it (`$agreement`), not with the count ("Obligațiile … rămân").

## Handed over (closeout.handover), and delivered (closeout.deliverables)

item-domain-transfer = Domain names, transferred to your own registrar account
    .number = plural
item-hosting-access = Hosting and server access
    .number = singular
item-source-code = Source code, with its full history
    .number = singular
item-design-files = Design source files
    .number = plural
item-admin-credentials = Administrator credentials for the accounts and systems managed for you
    .number = plural
item-analytics-ownership = Ownership of the analytics accounts
    .number = singular
item-social-accounts = Access to the social media accounts
    .number = singular
item-backups = Full backup of your data
    .number = singular
item-documentation = Technical documentation
    .number = singular
item-final-files = Final files, in the agreed formats
    .number = plural
item-final-report = Final report
    .number = singular

## Still in force after the end date (closeout.continuing)

item-confidentiality = Confidentiality obligations
    .number = plural
# $days: how long the warranty runs after the end date.
item-warranty = { PLURAL($days) ->
    [one] A { $days }-day warranty on the work delivered
   *[other] A { $days }-day warranty on the work delivered
}
    .number = singular
item-data-protection = Data protection obligations
    .number = plural
item-non-solicitation = Non-solicitation obligations
    .number = plural
