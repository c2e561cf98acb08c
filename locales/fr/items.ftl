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
    .spoken = les noms de domaine, transférés sur un compte à votre nom auprès d’un bureau d’enregistrement
item-hosting-access = Accès à l’hébergement et aux serveurs
    .number = singular
    .spoken = l’accès à l’hébergement et aux serveurs
item-source-code = Code source, avec l’historique complet des versions
    .number = singular
    .spoken = le code source avec l’historique complet des versions
item-design-files = Fichiers sources des créations graphiques
    .number = plural
    .spoken = les fichiers sources des créations graphiques
item-admin-credentials = Identifiants administrateur des comptes et systèmes gérés pour vous
    .number = plural
    .spoken = les identifiants administrateur des comptes et systèmes gérés pour vous
item-analytics-ownership = Propriété des comptes de mesure d’audience
    .number = singular
    .spoken = la propriété des comptes de mesure d’audience
item-social-accounts = Accès aux comptes de réseaux sociaux
    .number = singular
    .spoken = l’accès aux comptes de réseaux sociaux
item-backups = Sauvegarde complète de vos données
    .number = singular
    .spoken = une sauvegarde complète de vos données
item-documentation = Documentation technique
    .number = singular
    .spoken = la documentation technique
item-final-files = Fichiers définitifs, dans les formats convenus
    .number = plural
    .spoken = les fichiers définitifs dans les formats convenus
item-final-report = Rapport final
    .number = singular
    .spoken = le rapport final

## Still in force after the end date (closeout.continuing)

item-confidentiality = Obligations de confidentialité
    .number = plural
    .spoken = les obligations de confidentialité
# $days: how long the warranty runs after the end date.
# CLDR French: [one] is 0 and 1 ("1 jour"), [many] the round millions ("1 000 000 de jours").
item-warranty = { PLURAL($days) ->
    [one] Garantie de { $days }{"\u00A0"}jour sur les travaux livrés
    [many] Garantie de { $days }{"\u00A0"}de jours sur les travaux livrés
   *[other] Garantie de { $days }{"\u00A0"}jours sur les travaux livrés
}
    .number = singular
    .spoken = { PLURAL($days) ->
        [one] la garantie de { $days }{"\u00A0"}jour sur les travaux livrés
        [many] la garantie de { $days }{"\u00A0"}de jours sur les travaux livrés
       *[other] la garantie de { $days }{"\u00A0"}jours sur les travaux livrés
    }
item-data-protection = Obligations en matière de protection des données
    .number = plural
    .spoken = les obligations en matière de protection des données
# Singular, as in "clause de non-sollicitation".
item-non-solicitation = Obligation de non-sollicitation
    .number = singular
    .spoken = l’obligation de non-sollicitation
