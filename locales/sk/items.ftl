### adieu — slovenčina: položky ukončenia spolupráce, ktoré adieu píše po slovensky, podľa kódu v
### case file (`handover: [domain-transfer, source-code]`). Each is a noun phrase that
### stands on its own, as a user would write the item: it follows labels such as
### "To be handed over:" or "Still in force after the end date:", alone or as one line
### of a list, and it begins with a capital letter (adieu writes it in lower case after
### a label on the same line). No past participle that would read as already done
### ("prevedené"): under "Na odovzdanie:" the item is still to be handed over.

## Handed over (closeout.handover), and delivered (closeout.deliverables)

item-domain-transfer = Doménové mená (prevod na Váš vlastný účet u{"\u00A0"}registrátora)
    .number = plural
    .spoken = doménové mená (prevod na Váš vlastný účet u{"\u00A0"}registrátora)
item-hosting-access = Prístup k{"\u00A0"}webovému priestoru a{"\u00A0"}serverom
    .number = singular
    .spoken = prístup k{"\u00A0"}webovému priestoru a{"\u00A0"}serverom
item-source-code = Zdrojový kód vrátane úplnej histórie verzií
    .number = singular
    .spoken = zdrojový kód vrátane úplnej histórie verzií
item-design-files = Zdrojové súbory grafických návrhov
    .number = plural
    .spoken = zdrojové súbory grafických návrhov
# Only the accounts and systems managed for the client, not "všetky Vaše účty". The
# items receive no $voice, so a participle, not "ktoré pre Vás spravujeme".
item-admin-credentials = Administrátorské prístupové údaje k{"\u00A0"}účtom a{"\u00A0"}systémom spravovaným pre Vás
    .number = plural
    .spoken = administrátorské prístupové údaje k{"\u00A0"}účtom a{"\u00A0"}systémom spravovaným pre Vás
# Not "Vlastníctvo …": ownership is transferred, not handed over; the accounts are
# handed over with the owner's rights.
item-analytics-ownership = Účty webovej analytiky vrátane vlastníckych oprávnení
    .number = plural
    .spoken = účty webovej analytiky vrátane vlastníckych oprávnení
item-social-accounts = Prístup k{"\u00A0"}účtom na sociálnych sieťach
    .number = singular
    .spoken = prístup k{"\u00A0"}účtom na sociálnych sieťach
# "Záložná kópia", not "záloha": the refund speaks of a "záloha" (advance payment).
item-backups = Úplná záloha Vašich údajov
    .number = singular
    .spoken = úplná záloha Vašich údajov
item-documentation = Technická dokumentácia
    .number = singular
    .spoken = technická dokumentácia
item-final-files = Finálne súbory v{"\u00A0"}dohodnutých formátoch
    .number = plural
    .spoken = finálne súbory v{"\u00A0"}dohodnutých formátoch
item-final-report = Záverečná správa
    .number = singular
    .spoken = záverečná správa

## Still in force after the end date (closeout.continuing)

item-confidentiality = Povinnosť mlčanlivosti
    .number = singular
    .spoken = povinnosť mlčanlivosti
# $days: how long the warranty runs after the end date.
# "v trvaní" takes the genitive: 1 dňa, 3 dní, 1,5 dňa, 30 dní.
item-warranty = { PLURAL($days) ->
    [one] Záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dňa
    [few] Záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dní
    [many] Záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dňa
   *[other] Záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dní
}
    .number = singular
    .spoken = { PLURAL($days) ->
        [one] záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dňa
        [few] záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dní
        [many] záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dňa
       *[other] záruka na dodané dielo v{"\u00A0"}trvaní { $days }{"\u00A0"}dní
    }
item-data-protection = Povinnosti v{"\u00A0"}oblasti ochrany osobných údajov
    .number = plural
    .spoken = povinnosti v{"\u00A0"}oblasti ochrany osobných údajov
item-non-solicitation = Doložka o{"\u00A0"}zákaze preberania klientov a{"\u00A0"}zamestnancov
    .number = singular
    .spoken = doložka o{"\u00A0"}zákaze preberania klientov a{"\u00A0"}zamestnancov
