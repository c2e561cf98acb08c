### adieu — English: the close-out items adieu writes natively, by their code in the
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). No article unless the language needs one: the items of
### a list share one pattern.
### `.number` is the item's grammatical number, singular or plural: a sentence about this
### one item agrees with it (`$agreement`), not with the count ("Obligațiile … rămân").
### `.spoken` is the item as the call script says it, inside its sentence: lower case,
### with the article (and, where the language declines, the case) that the call's
### sentences need ("We'll hand over the source code …", « Nous vous transmettrons le
### code source … »). Without a comma where the language allows, so that a list of
### several can be joined in one sentence.

## Handed over (closeout.handover), and delivered (closeout.deliverables)

item-domain-transfer = Domain names, transferred to your own registrar account
    .number = plural
    .spoken = the domain names, transferred to your own registrar account
item-hosting-access = Hosting and server access
    .number = singular
    .spoken = access to the hosting and servers
item-source-code = Source code, with its full history
    .number = singular
    .spoken = the source code with its full history
item-design-files = Design source files
    .number = plural
    .spoken = the design source files
item-admin-credentials = Administrator credentials for the accounts and systems managed for you
    .number = plural
    .spoken = the administrator credentials for the accounts and systems managed for you
item-analytics-ownership = Ownership of the analytics accounts
    .number = singular
    .spoken = ownership of the analytics accounts
item-social-accounts = Access to the social media accounts
    .number = singular
    .spoken = access to the social media accounts
item-backups = Full backup of your data
    .number = singular
    .spoken = a full backup of your data
item-documentation = Technical documentation
    .number = singular
    .spoken = the technical documentation
item-final-files = Final files, in the agreed formats
    .number = plural
    .spoken = the final files in the agreed formats
item-final-report = Final report
    .number = singular
    .spoken = the final report

## Still in force after the end date (closeout.continuing)

item-confidentiality = Confidentiality obligations
    .number = plural
    .spoken = the confidentiality obligations
# $days: how long the warranty runs after the end date.
item-warranty = { PLURAL($days) ->
    [one] A { $days }-day warranty on the work delivered
   *[other] A { $days }-day warranty on the work delivered
}
    .number = singular
    .spoken = a { $days }-day warranty on the work delivered
item-data-protection = Data protection obligations
    .number = plural
    .spoken = the data protection obligations
item-non-solicitation = Non-solicitation obligations
    .number = plural
    .spoken = the non-solicitation obligations
