### adieu — English: the close-out items adieu writes natively, by their code in the
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). No article unless the language needs one: the items of
### a list share one pattern.

## Handed over (closeout.handover), and delivered (closeout.deliverables)

item-domain-transfer = Domain names, transferred to your own registrar account
item-hosting-access = Hosting and server access
item-source-code = Source code, with its full history
item-design-files = Design source files
item-admin-credentials = Administrator credentials for the accounts and systems managed for you
item-analytics-ownership = Ownership of the analytics accounts
item-social-accounts = Access to the social media accounts
item-backups = A full backup of the website and its data
item-documentation = Technical documentation
item-final-files = Final files, in the agreed formats
item-final-report = Final report

## Still in force after the end date (closeout.continuing)

item-confidentiality = Confidentiality obligations
# $days: how long the warranty runs after the end date.
item-warranty = { PLURAL($days) ->
    [one] A { $days }-day warranty on the work delivered
   *[other] A { $days }-day warranty on the work delivered
}
item-data-protection = Data protection obligations
item-non-solicitation = Non-solicitation obligations
