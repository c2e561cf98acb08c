### adieu — slovenčina: kalendár dátumov, ktoré treba dodržať (adieu calendar, adieu
### pack). Je pre odosielateľa, nie pre klienta: krátke poznámky pre seba.
### Názov klienta stojí vždy v zátvorke alebo po dvojbodke, nikdy sa neskloňuje.
###   $client   firma klienta, alebo meno kontaktnej osoby, ak firma nie je
###   $date     dátum dokumentov, vypísaný
###   $end      posledný deň, vypísaný

calendar-name = Ukončenie spolupráce: { $client }
calendar-confirm = Poslať písomné potvrdenie ukončenia: { $client }
calendar-confirm-note = Ešte dnes potvrďte rozhodnutie písomne, listom alebo e-mailom.
calendar-invoice = Splatnosť faktúry č.{"\u00A0"}{ $number } ({ $client }): { $amount }
calendar-deliverable = Odovzdať ({ $client }): { $item }
calendar-last-day = Posledný deň spolupráce: { $client }
calendar-context = Ukončenie spolupráce oznámené dňa { $date } ({ $client }); posledný deň: { $end }.
