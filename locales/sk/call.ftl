### adieu — slovenčina (Slovak): the phone-call script. For the sender's eyes only; the
### lines to say are in the client's language, the guidance around them too.
### The guidance speaks to the sender with polite imperatives ("povedzte", "pošlite")
### and avoids adjectives and past participles that would show the sender's gender.
### One-letter prepositions and conjunctions are joined to the next word with
### {"\u00A0"} in wrapped text (Slovak typography), as in document.ftl.

# The client's name after a colon, so that it stays in the nominative.
call-title = Scenár hovoru o ukončení spolupráce: { $client }
call-private = Len pre vlastnú potrebu. Rozhodnutie povedzte hneď na začiatku, dôvod uveďte iba raz a{"\u00A0"}už sa k{"\u00A0"}nemu nevracajte.
# Who to call and the number, under the title; $client is the company.
call-dial = Komu volať: { $name } ({ $client }), tel. { $number }
call-dial-person = Komu volať: { $name }, tel. { $number }
# The key facts, in a box under the title: what to keep in mind under stress. Each
# line is a label and a short value, not a sentence to say.
call-facts = Hlavné body
call-fact-decision = Rozhodnutie: ukončenie spolupráce
# $kind is immediate for an end at once; $end is the last day, written out.
call-fact-end = { $kind ->
    [immediate] Koniec: okamžite, dnes ({ $end })
   *[other] Posledný deň spolupráce: { $end }
}
call-fact-reason = Dôvod: { $reason ->
    [capacity] chýba kapacita venovať klientovi potrebnú pozornosť
    [fit] služby už nezodpovedajú potrebám klienta
    [direction] zmena zamerania podnikania
    [outgrown] klient potrebuje väčší tím alebo špecialistu
    [payment] opakované omeškania s platbami
    [conduct] povedzte iba vetu uvedenú nižšie, bez príkladov
   *[ethics] povedzte iba vetu uvedenú nižšie, bez podrobností
}
# $who is both (name and firm) or name; after a colon, so that the names stay in
# the nominative.
call-fact-referral = Odporúčanie: { $who ->
    [both] { $referral }, { $company }
   *[name] { $referral }
}
call-fact-provider = Odporúčanie: { $provider }

## Before dialling

call-before = Pred hovorom
# Two sentences: the notice the contract requires, then what was paid for (one
# sentence read "vyžaduje … a všetko" as two objects of the verb).
call-check-contract = Zmluva skontrolovaná: vyžaduje výpovednú lehotu aspoň { PLURAL($days) ->
    [one] jeden{"\u00A0"}deň
    [few] { $days }{"\u00A0"}dni
    [many] { $days }{"\u00A0"}dňa
   *[other] { $days }{"\u00A0"}dní
}{ $closeout ->
    [none] . Všetko, za čo klient už zaplatil, je dodané.
   *[some] . Všetko, za čo klient už zaplatil, je dodané alebo uvedené nižšie medzi otvorenými bodmi.
}
call-check-contract-plain = { $closeout ->
    [none] Zmluva skontrolovaná: všetko, za čo klient už zaplatil, je dodané.
   *[some] Zmluva skontrolovaná: všetko, za čo klient už zaplatil, je dodané alebo uvedené nižšie medzi otvorenými bodmi.
}
call-check-agreement = Dohoda preverená: čo bolo dohodnuté písomne alebo e-mailom a{"\u00A0"}čo už bolo zaplatené.
# Not "Otvorené faktúry: uhradené" (open and paid at once), and it fits an invoice
# already overdue.
call-check-invoices = Faktúry: buď všetky uhradené, alebo je pripravený ďalší postup (napríklad upomienka).
call-check-referral = Odporúčanie pripravené: { $referral }.
call-check-provider = Odporúčanie pripravené: { $provider }.
call-check-confirmation = Písomné potvrdenie pripravené na odoslanie v{"\u00A0"}ten istý deň.
call-check-moment = Vhodný čas zvolený, vyhradených približne pätnásť minút.

## The conversation

call-opening = Úvod
# "tu je …" (present tense, as Slovaks introduce themselves on the phone) needs no
# agreement with the sender's gender; "zo spoločnosti { $spoken }" keeps the firm's
# name in the nominative (apposition).
# With no known gender, "Dobrý deň," alone: a bare full name cannot be addressed in Slovak.
call-greeting = { $gender ->
    [female] Dobrý deň, pani { $surname },
    [male] Dobrý deň, pán { $surname },
   *[unspecified] Dobrý deň,
} { $voice ->
    [we] tu je { $sender } zo spoločnosti { $spoken }.
   *[i] tu je { $sender }.
}
call-ask-time = Máte teraz pár minút? Potrebujem Vám oznámiť dôležité rozhodnutie.
call-decision = Rozhodnutie (povedzte ho ako prvé)
call-decision-line = { $voice ->
    [we] Rozhodli sme sa našu spoluprácu ukončiť.
   *[i] Po dôkladnom zvážení ukončujem našu spoluprácu.
}
call-reason = Dôvod (raz a bez podrobností)
# $kind is immediate for an end at once: there is no notice to speak of.
call-notice = { $kind ->
    [immediate] Termín ukončenia
   *[other] Výpovedná lehota a{"\u00A0"}prechodné obdobie
}
# Spoken forms of the notice, the transition and the referral: said on the phone,
# so no contact details read aloud and no written formulas.
call-notice-days = Výpovedná lehota je { PLURAL($days) ->
    [one] jeden{"\u00A0"}deň
    [few] { $days }{"\u00A0"}dni
    [many] { $days }{"\u00A0"}dňa
   *[other] { $days }{"\u00A0"}dní
} a{"\u00A0"}naša spolupráca sa skončí { $end }.
call-notice-until = Naša spolupráca sa skončí { $end }.
# Two sentences: spoken, the colon of the letter disappears. $milestone is the
# nominative subject of "zavŕši" (the milestone completes the stage; it is not the
# stage itself).
call-notice-milestone = Naša spolupráca sa skončí { $end }, keď dokončíme aktuálnu etapu. Zavŕši ju { $milestone }.
# "Ukončenie", not "spolupráca" a third time after the decision and the reason.
call-notice-immediate = Ukončenie platí okamžite, teda dnes, { $end }.
call-transition = { $voice ->
    [we] Dovtedy budeme podľa dohody pokračovať v{"\u00A0"}rozpracovaných úlohách.
   *[i] Dovtedy budem podľa dohody pokračovať v{"\u00A0"}rozpracovaných úlohách.
}
# $who is both (name and firm) or name; the contact details follow in writing.
# "zo spoločnosti …", as in the greeting: "meno, firma" sounds like a business card
# read aloud. The person is the subject, so no name is declined.
call-referral-person = { $voice ->
    [we] S{"\u00A0"}plynulým pokračovaním prác Vám môže pomôcť { $who ->
        [both] { $referral } zo spoločnosti { $company }
       *[name] { $referral }
    }. Kontakt Vám pošleme aj písomne.
   *[i] S{"\u00A0"}plynulým pokračovaním prác Vám môže pomôcť { $who ->
        [both] { $referral } zo spoločnosti { $company }
       *[name] { $referral }
    }. Kontakt Vám pošlem aj písomne.
}
# $provider (free text, nominative) is the subject: no colon in a spoken sentence.
call-referral-provider = Do budúcnosti Vám lepšie poslúži { $provider }.
call-referral = Odporúčanie
call-closeout = Čo zostáva vybaviť
# Pred vetami o tom, čo zostáva vybaviť; $count je ich počet. Jedna sa povie
# jedným dychom („Ešte jedna vec na záver. Vrátime Vám…“).
call-closeout-line = { PLURAL($count) ->
    [one] Ešte jedna vec na záver.
    [few] Na záver ešte niekoľko praktických vecí.
    [many] Na záver ešte niekoľko praktických vecí.
   *[other] Na záver ešte niekoľko praktických vecí.
}
# Čo zostáva vybaviť, povedané nahlas, jedna veta na každý druh položky: sumy bez
# nulových centov, dátumy bez roka, „číslo“ namiesto „č.“, bez e-mailových adries.
# Faktúra po splatnosti sa pripomenie. $status: overdue, due-today alebo due.
call-closeout-invoice = { $status ->
    [overdue] { $voice ->
        [we] Faktúra číslo { $number } na { $amount } bola splatná { $due } a{"\u00A0"}zatiaľ nie je uhradená{ $ask ->
            [no] .
           *[yes] ; prosíme Vás o{"\u00A0"}jej úhradu čo najskôr.
        }
       *[i] Faktúra číslo { $number } na { $amount } bola splatná { $due } a{"\u00A0"}zatiaľ nie je uhradená{ $ask ->
            [no] .
           *[yes] ; prosím Vás o{"\u00A0"}jej úhradu čo najskôr.
        }
    }
    [due-today] Faktúra číslo { $number } na { $amount } je splatná dnes.
   *[due] Faktúra číslo { $number } na { $amount } je splatná { $due }.
}
call-closeout-invoice-undated = Ešte zostáva uhradiť faktúru číslo { $number } na { $amount }.
# Po dvoch a viacerých faktúrach v jednej mene, keď je dôvodom platba.
call-closeout-owed = Spolu je to { $amount }.
# Po dvoch a viacerých faktúrach po splatnosti ($count), povedaných bez prosby: prosba raz.
call-closeout-pay-overdue = { $voice ->
    [we] Prosíme Vás o{"\u00A0"}ich úhradu čo najskôr.
   *[i] Prosím Vás o{"\u00A0"}ich úhradu čo najskôr.
}
# $items: položky adieu spojené ako výpočet („a, b a c“), podmet v nominatíve;
# $agreement: číslo toho, čo hovoria (jediná položka má vlastné číslo: „Doménové
# mená“ sú v množnom), s ktorým sa zhoduje sloveso; $count: ich počet.
call-closeout-deliverables = { $voice ->
    [we] { $agreement ->
        [singular] Na dodanie nám ešte zostáva { $items }.
       *[plural] Na dodanie nám ešte zostávajú { $items }.
    }
   *[i] { $agreement ->
        [singular] Na dodanie mi ešte zostáva { $items }.
       *[plural] Na dodanie mi ešte zostávajú { $items }.
    }
}
call-closeout-handover = { $agreement ->
    [singular] Na odovzdanie ešte zostáva { $items }.
   *[plural] Na odovzdanie ešte zostávajú { $items }.
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje Vám vrátime v{"\u00A0"}plnom rozsahu.
       *[i] Vaše súbory a{"\u00A0"}údaje Vám vrátim v{"\u00A0"}plnom rozsahu.
    }
    [delete] { $voice ->
        [we] Po dokončení odovzdania Vaše súbory a{"\u00A0"}údaje bezpečne vymažeme.
       *[i] Po dokončení odovzdania Vaše súbory a{"\u00A0"}údaje bezpečne vymažem.
    }
   *[keep-as-required] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje budeme uchovávať len tak dlho, ako to vyžaduje zákon.
       *[i] Vaše súbory a{"\u00A0"}údaje budem uchovávať len tak dlho, ako to vyžaduje zákon.
    }
}
call-closeout-refund = { $voice ->
    [we] Vrátime Vám nevyčerpanú zálohu vo výške { $amount }.
   *[i] Vrátim Vám nevyčerpanú zálohu vo výške { $amount }.
}
# $agreement: číslo toho, čo položky hovoria (jediná položka v jednotnom alebo
# množnom čísle, alebo viac položiek): podľa neho sa zhoduje sloveso.
call-closeout-continuing = { $agreement ->
    [singular] Aj po skončení spolupráce platí { $items }.
   *[plural] Aj po skončení spolupráce platia { $items }.
}
# Úvody troch viet vyššie, keď položku napísal používateľ (alebo má čiarku):
# zhodu nesie podstatné meno adieu a každá položka nasleduje na vlastnom riadku.
call-closeout-deliverables-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Na dodanie nám ešte zostáva jedna položka:
        [few] Na dodanie nám ešte zostávajú tieto položky:
        [many] Na dodanie nám ešte zostávajú tieto položky:
       *[other] Na dodanie nám ešte zostávajú tieto položky:
    }
   *[i] { PLURAL($count) ->
        [one] Na dodanie mi ešte zostáva jedna položka:
        [few] Na dodanie mi ešte zostávajú tieto položky:
        [many] Na dodanie mi ešte zostávajú tieto položky:
       *[other] Na dodanie mi ešte zostávajú tieto položky:
    }
}
call-closeout-handover-lead = { PLURAL($count) ->
    [one] Na odovzdanie ešte zostáva jedna položka:
    [few] Na odovzdanie ešte zostávajú tieto položky:
    [many] Na odovzdanie ešte zostávajú tieto položky:
   *[other] Na odovzdanie ešte zostávajú tieto položky:
}
call-closeout-continuing-lead = { PLURAL($count) ->
    [one] Aj po skončení spolupráce zostáva v{"\u00A0"}platnosti nasledujúce:
    [few] Aj po skončení spolupráce platia tieto záväzky:
    [many] Aj po skončení spolupráce platia tieto záväzky:
   *[other] Aj po skončení spolupráce platia tieto záväzky:
}

## Pushback: calm answers that restate the decision without arguing

call-pushback = Ak klient namieta
call-pushback-why = „Prečo?“
# $reason is the reason sentence, said again word for word. "Rozhodnutie padlo",
# without "už": most reason sentences already say "už".
call-pushback-why-answer = { $transition ->
    [none] { $reason } Rozhodnutie padlo a{"\u00A0"}je konečné.
   *[some] { $closeout ->
        [none] { $reason } Rozhodnutie padlo a{"\u00A0"}teraz je dôležité, aby pre Vás ukončenie prebehlo čo najhladšie.
       *[some] { $reason } Rozhodnutie padlo a{"\u00A0"}teraz je dôležité, aby pre Vás odovzdanie prebehlo čo najhladšie.
    }
}
call-pushback-fix = „Nedá sa to ešte napraviť?“
call-pushback-fix-answer = { $transition ->
    [none] Vážim si, že to chcete riešiť, ale rozhodnutie je konečné.
   *[some] Vážim si, že to chcete riešiť, ale rozhodnutie je konečné. Urobím však všetko pre to, aby bol pre Vás prechod čo najjednoduchší.
}
call-pushback-pay = „A čo keby sme platili viac?“
call-pushback-pay-answer = { $reason ->
    [payment] Ďakujem, ale rozhodnutie sa nemení.
   *[capacity] Ďakujem, ale nie je to otázka ceny. Na rozhodnutí to nič nemení.
}
call-pushback-invoice = „Poslednú faktúru nezaplatíme.“
call-pushback-invoice-answer = { $voice ->
    [we] Rozumiem. Faktúru je však potrebné uhradiť v{"\u00A0"}plnej výške. Podrobnosti Vám pošleme písomne a{"\u00A0"}ak k{"\u00A0"}nej budete mať otázky, stačí odpovedať na našu správu.
   *[i] Rozumiem. Faktúru je však potrebné uhradiť v{"\u00A0"}plnej výške. Podrobnosti Vám pošlem písomne a{"\u00A0"}ak k{"\u00A0"}nej budete mať otázky, stačí odpovedať na moju správu.
}
# "Našu dohodu", not "zmluvu": there may be none in writing. "sa niečo nedodržalo"
# shows neither who failed nor the sender's gender.
call-pushback-breach = „Nedodržali ste našu dohodu.“
call-pushback-breach-answer = { $voice ->
    [we] Rozumiem, že to tak vnímate. Ak máte pocit, že sa niečo nedodržalo, napíšte nám, prosím, podrobnosti a{"\u00A0"}my Vám odpovieme.
   *[i] Rozumiem, že to tak vnímate. Ak máte pocit, že sa niečo nedodržalo, napíšte mi, prosím, podrobnosti a{"\u00A0"}ja Vám odpoviem.
}
call-pushback-legal = „Budeme to riešiť právnou cestou.“
# Never "je to Vaše právo" (heard as a dare), never "touto cestou" (heard as "in
# court"): e-mail or letter, said plainly.
call-pushback-legal-answer = Rozumiem. Ešte dnes Vám všetko potvrdím písomne a{"\u00A0"}myslím si, že bude najlepšie, ak budeme odteraz komunikovať už len e-mailom alebo listom.
call-pushback-favour = „Nemohli by ste nám urobiť ešte túto jednu vec?“ alebo „A{"\u00A0"}čo keby sme ďalej spolupracovali neformálne?“
# $end is said as a spoken date, without the year. "Žiadnu novú prácu", not "nič":
# the handover, the warranty and other obligations still run.
call-pushback-favour-answer = { $kind ->
    [immediate] { $voice ->
        [we] Naša spolupráca sa dnes končí, takže už nemôžeme prevziať žiadnu novú prácu, ani formálne, ani neformálne.
       *[i] Naša spolupráca sa dnes končí, takže už nemôžem prevziať žiadnu novú prácu, ani formálne, ani neformálne.
    }
   *[other] { $voice ->
        [we] Do { $end } budeme naďalej zabezpečovať všetko, na čom sme sa dohodli. Potom už žiadnu novú prácu neprevezmeme, ani neformálne.
       *[i] Do { $end } budem naďalej zabezpečovať všetko, na čom sme sa dohodli. Potom už žiadnu novú prácu neprevezmem, ani neformálne.
    }
}
call-pushback-upset = Hnev alebo rozrušenie
call-pushback-upset-answer = { $transition ->
    [none] Chápem, že to pre Vás nie je príjemná správa. Ešte dnes Vám všetko potvrdím aj písomne.
   *[some] Chápem, že to pre Vás nie je príjemná správa. Postarám sa o{"\u00A0"}to, aby ste mali všetko, čo na prechod potrebujete.
}
call-pushback-upset-hint = Zachovajte pokoj, nehádajte sa a{"\u00A0"}nepridávajte ďalšie dôvody. Ak sa rozhovor vyhrotí, zdvorilo ho ukončite a{"\u00A0"}všetko potvrďte písomne.

## Ending the call and what follows

call-closing = Záver rozhovoru
call-closing-line = { $tone ->
    [warm] Ďakujem za Váš čas aj za všetko, čo sme spolu dokázali. Ešte dnes Vám to všetko potvrdím písomne.
   *[neutral] Ďakujem za Váš čas. Ešte dnes Vám to všetko potvrdím písomne.
}
call-after = Hneď po hovore
call-after-send = { $closeout ->
    [none] Ešte dnes pošlite písomné potvrdenie, v{"\u00A0"}ktorom zopakujete dátum ukončenia ({ $end }).
   *[some] Ešte dnes pošlite písomné potvrdenie s{"\u00A0"}tými istými údajmi: dátum ukončenia ({ $end }) a{"\u00A0"}body, ktoré zostáva vybaviť.
}
call-after-note = Zaznamenajte si dátum a{"\u00A0"}čas hovoru a{"\u00A0"}všetko, čo klient povedal alebo s{"\u00A0"}čím súhlasil.
call-after-calendar = { $transition ->
    [none] Poznačte si dátum ukončenia do záznamov o{"\u00A0"}klientovi.
   *[some] { $closeout ->
        [none] Zapíšte si do kalendára dátum ukončenia.
       *[some] Zapíšte si do kalendára dátum ukončenia a{"\u00A0"}všetky termíny spojené s{"\u00A0"}uzavretím spolupráce.
    }
}
