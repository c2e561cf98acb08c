### adieu — français : les éléments de clôture qu’adieu rédige en français, par leur code dans le
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "À vous transmettre :" or "En vigueur après la fin de notre collaboration :", alone
### or as one line of a list, and it begins with a capital letter (adieu writes it in
### lower case after a label on the same line). No article: the items of a list share
### one pattern ("Sauvegarde…", "Obligations…", never "Une sauvegarde…", "La clause…").

## Handed over (closeout.handover), and delivered (closeout.deliverables)

item-domain-transfer = Noms de domaine, transférés sur un compte à votre nom auprès d’un bureau d’enregistrement
    .number = plural
item-hosting-access = Accès à l’hébergement et aux serveurs
    .number = singular
item-source-code = Code source, avec l’historique complet des versions
    .number = singular
item-design-files = Fichiers sources des créations graphiques
    .number = plural
item-admin-credentials = Identifiants administrateur des comptes et systèmes gérés pour vous
    .number = plural
item-analytics-ownership = Propriété des comptes de mesure d’audience
    .number = singular
item-social-accounts = Accès aux comptes de réseaux sociaux
    .number = singular
item-backups = Sauvegarde complète de vos données
    .number = singular
item-documentation = Documentation technique
    .number = singular
item-final-files = Fichiers définitifs, dans les formats convenus
    .number = plural
item-final-report = Rapport final
    .number = singular

## Still in force after the end date (closeout.continuing)

item-confidentiality = Obligations de confidentialité
    .number = plural
# $days: how long the warranty runs after the end date.
# CLDR French: [one] is 0 and 1 ("1 jour"), [many] the round millions ("1 000 000 de jours").
item-warranty = { PLURAL($days) ->
    [one] Garantie de { $days }{"\u00A0"}jour sur les travaux livrés
    [many] Garantie de { $days }{"\u00A0"}de jours sur les travaux livrés
   *[other] Garantie de { $days }{"\u00A0"}jours sur les travaux livrés
}
    .number = singular
item-data-protection = Obligations en matière de protection des données
    .number = plural
# Singular, as in "clause de non-sollicitation".
item-non-solicitation = Obligation de non-sollicitation
    .number = singular
