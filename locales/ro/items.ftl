### adieu — română: elementele de încheiere redactate de adieu în română, după codul lor din
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). No article unless the language needs one: the items of
### a list share one pattern.
# În română, elementele au articolul hotărât enclitic („Codul sursă”, „Accesul la …”),
# ca în listele dintr-o scrisoare; singura excepție este „O copie de rezervă”.

## Handed over (closeout.handover), and delivered (closeout.deliverables)

# Sub „De predat:” stau lucruri, nu acțiuni („se predă transferul” nu e românesc): întâi
# obiectul, apoi modul. Fără participiu acordat cu „numele” (singular sau plural?).
item-domain-transfer = Numele de domeniu, prin transfer în contul dumneavoastră
    .number = plural
    .spoken = numele de domeniu, prin transfer în contul dumneavoastră
item-hosting-access = Accesul la serviciul de găzduire și la servere
    .number = singular
    .spoken = accesul la serviciul de găzduire și la servere
item-source-code = Codul sursă, cu întregul istoric al versiunilor
    .number = singular
    .spoken = codul sursă cu întregul istoric al versiunilor
item-design-files = Fișierele de design în format editabil
    .number = plural
    .spoken = fișierele de design în format editabil
item-admin-credentials = Datele de acces cu drepturi de administrator pentru conturile și sistemele gestionate în numele dumneavoastră
    .number = plural
    .spoken = datele de acces cu drepturi de administrator pentru conturile și sistemele gestionate în numele dumneavoastră
# Nu „dreptul de proprietate”: un cont la un furnizor de servicii nu este un bun. Un lucru
# de predat („Conturile …”), nu o acțiune („Trecerea conturilor …”).
item-analytics-ownership = Conturile de analiză web, trecute pe numele dumneavoastră
    .number = plural
    .spoken = conturile de analiză web, trecute pe numele dumneavoastră
item-social-accounts = Accesul la conturile de pe rețelele sociale
    .number = singular
    .spoken = accesul la conturile de pe rețelele sociale
item-backups = Copie de rezervă completă a datelor dumneavoastră
    .number = singular
    .spoken = o copie de rezervă completă a datelor dumneavoastră
item-documentation = Documentația tehnică
    .number = singular
    .spoken = documentația tehnică
item-final-files = Fișierele finale, în formatele convenite
    .number = plural
    .spoken = fișierele finale în formatele convenite
item-final-report = Raportul final
    .number = singular
    .spoken = raportul final

## Still in force after the end date (closeout.continuing)

item-confidentiality = Obligațiile de confidențialitate
    .number = plural
    .spoken = obligațiile de confidențialitate
# $days: how long the warranty runs after the end date.
# CLDR Romanian: [one] is 1 (written out: „o zi”), [few] is 0, 2–19 and 101–119
# („19 zile”), [other] takes „de” („20 de zile”).
item-warranty = { PLURAL($days) ->
    [one] Garanția de o{"\u00A0"}zi pentru lucrările livrate
    [few] Garanția de { $days }{"\u00A0"}zile pentru lucrările livrate
   *[other] Garanția de { $days }{"\u00A0"}de{"\u00A0"}zile pentru lucrările livrate
}
    .number = singular
    .spoken = { PLURAL($days) ->
        [one] garanția de o{"\u00A0"}zi pentru lucrările livrate
        [few] garanția de { $days }{"\u00A0"}zile pentru lucrările livrate
       *[other] garanția de { $days }{"\u00A0"}de{"\u00A0"}zile pentru lucrările livrate
    }
item-data-protection = Obligațiile privind protecția datelor cu caracter personal
    .number = plural
    .spoken = obligațiile privind protecția datelor cu caracter personal
item-non-solicitation = Interdicția de racolare a clienților și a angajaților
    .number = singular
    .spoken = interdicția de racolare a clienților și a angajaților
