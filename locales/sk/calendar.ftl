### adieu — slovenčina: kalendár dátumov, ktoré treba dodržať (adieu calendar, adieu
### pack). Je pre odosielateľa, nie pre klienta: krátke poznámky pre seba.
### Názov klienta stojí vždy v zátvorke alebo po dvojbodke, nikdy sa neskloňuje.
###   $client   firma klienta, alebo meno kontaktnej osoby, ak firma nie je
###   $date     dátum dokumentov, vypísaný
###   $end      posledný deň, vypísaný

calendar-name = Ukončenie spolupráce: { $client }
calendar-confirm = Poslať písomné oznámenie o ukončení spolupráce: { $client }
calendar-confirm-note = Ešte dnes potvrďte ukončenie spolupráce písomne – listom alebo e-mailom.
calendar-invoice = Splatnosť faktúry č.{"\u00A0"}{ $number } ({ $client }): { $amount }
# Po dvojbodke, lebo názov položky sa neskloňuje.
calendar-deliverable = Odovzdať: { $item } ({ $client })
calendar-last-day = Posledný deň spolupráce: { $client }
# $ending: `immediate`, keď je posledný deň dátumom oznámenia, inak `later`.
calendar-context = { $ending ->
    [immediate] Ukončenie spolupráce s okamžitou účinnosťou: oznámenie a posledný deň spolupráce { $date }.
   *[later] Ukončenie spolupráce: oznámenie { $date }, posledný deň spolupráce { $end }.
}
