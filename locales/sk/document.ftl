### adieu — slovenčina (Slovak).
### Messages shared by the letter, the email and the call script.
###
### Every message may use these variables, set for the whole document:
###   $tone     warm | neutral | firm
###   $voice    we (the sender writes for a company) | i (a sole trader)
###   $gender   female | male | unspecified (the client contact)
###   $name     the client contact's full name
###   $surname  the client contact's family name
###   $sender   the sender's name
###   $firm     the sender's company, or name when there is none
###   $email    the sender's email address
### Names and free text from the case file are always placed where they can stand
### as written (after a colon, in apposition, as a list item), never declined.
###
### Slovak conventions followed throughout:
### - The client is addressed with Vy, and Vy/Vás/Vám/Váš are capitalised
###   (Pravidlá slovenského pravopisu: capitals of respect in correspondence).
### - The sender's gender is unknown: sentences with the sender as subject use the
###   present or future tense, or a noun ("oznamujem svoje rozhodnutie"), never an
###   l-participle in the singular ("rozhodol/rozhodla som sa"). The plural
###   ("rozhodli sme sa") has one form for all genders and is used for $voice = we.
### - The client's gender only shows in the salutation and the call greeting.
### - Slovak typography keeps one-letter prepositions and conjunctions (v, s, k, z,
###   o, u, a, i) off the end of a line: in text that the letter wraps they are
###   joined to the next word with a no-break space, {"\u00A0"}.

## Letter head

# Slovak letters put the label "Vec:" before the subject (English has no label).
letter-subject = Vec: { $subject }
# The header of the second and later pages: to whom, the date, the page ($page).
letter-continuation = { $recipient } · { $date } · strana { $page }
email-subject = Predmet: { $subject }
subject = Ukončenie spolupráce
# "Ukončenie zmluvy", as the decision says "ukončiť zmluvu"; without a number the
# title follows "s názvom" (not in brackets after "zmluvy"), in the nominative.
subject-contract = Ukončenie zmluvy s{"\u00A0"}názvom „{ $contract }“
# "č." (číslo) is how Slovak introduces a reference number: the number first, the
# title after it in brackets.
subject-contract-reference = Ukončenie zmluvy č.{"\u00A0"}{ $reference } („{ $contract }“)
# Predmet, keď má zmluva číslo, ale nemá názov.
subject-reference = Ukončenie zmluvy č.{"\u00A0"}{ $reference }
# Slovak writes no comma between the place and the date (STN 01 6910).
place-date = { $place } { $date }
# Bez miesta stojí dátum sám.
date-line = { $date }
# The contact's name in the recipient block.
recipient = { $name }
# The sender's contact lines in the letterhead and the email signature.
# "Telefón" written out, as in the Slovak letterhead norm, instead of "Tel.".
contact-email = E-mail: { $address }
contact-phone = Telefón: { $number }

## Salutation and closing

# "Dobrý deň," is the usual neutral salutation when the gender is unknown:
# Slovak cannot address a full name without marking the gender.
salutation = { $gender ->
    [female] Vážená pani { $surname },
    [male] Vážený pán { $surname },
   *[unspecified] Dobrý deň,
}
# Slovak closings take no comma.
closing = { $tone ->
    [warm] S priateľským pozdravom
    [firm] S úctou
   *[neutral] S pozdravom
}
# V e-maile sa používa rovnaký zdvorilý pozdrav ako v liste, bez čiarky.
email-closing = { $tone ->
    [warm] S priateľským pozdravom
    [firm] S úctou
   *[neutral] S pozdravom
}

## The decision: always the first sentence

# The opening sentence follows the salutation's comma ("Vážený pán Novák,"), so
# Slovak begins it in lowercase, as its spelling rules require in letters and emails.
decision = { $tone ->
    [warm] { $voice ->
        [we] po dôkladnom zvážení sme sa rozhodli ukončiť našu spoluprácu.
       *[i] po dôkladnom zvážení Vám oznamujem, že našu spoluprácu ukončujem.
    }
    [firm] { $voice ->
        [we] týmto Vám oznamujeme, že našu spoluprácu ukončujeme.
       *[i] týmto Vám oznamujem, že našu spoluprácu ukončujem.
    }
   *[neutral] { $voice ->
        [we] touto cestou Vám oznamujeme naše rozhodnutie ukončiť vzájomnú spoluprácu.
       *[i] touto cestou Vám oznamujem svoje rozhodnutie ukončiť vzájomnú spoluprácu.
    }
}
# The contract is cited by its number with the title in brackets ("zmluvu č. …
# („…“)"), or, without a number, as "našu zmluvu s názvom „…“" (round 6b: a bracket
# with no number before it reads oddly); the title stays in the nominative either
# way. Its date when the case gives it: $dated and $referenced
# are yes or no. "Ukončiť", not "vypovedať": the same sentence opens an immediate end,
# which is no výpoveď; notice-days names the výpovedná lehota when there is one.
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] po dôkladnom zvážení sme sa rozhodli ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }, a{"\u00A0"}tým aj vzájomnú spoluprácu.
       *[i] po dôkladnom zvážení Vám oznamujem, že ukončujem { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }, a{"\u00A0"}tým aj vzájomnú spoluprácu.
    }
    [firm] { $voice ->
        [we] týmto Vám oznamujeme, že ukončujeme { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
       *[i] týmto Vám oznamujem, že ukončujem { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
    }
   *[neutral] { $voice ->
        [we] oznamujeme Vám naše rozhodnutie ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
       *[i] oznamujem Vám svoje rozhodnutie ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $referenced ->
            [yes] {" "}(„{ $contract }“)
           *[no] {" "}s{"\u00A0"}názvom „{ $contract }“
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
    }
}
# Zmluva citovaná číslom alebo dátumom, bez názvu: „zmluvu č. X, uzavretú dňa …“, nikdy nevynechaná.
decision-agreement = { $tone ->
    [warm] { $voice ->
        [we] po dôkladnom zvážení sme sa rozhodli ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }, a{"\u00A0"}tým aj vzájomnú spoluprácu.
       *[i] po dôkladnom zvážení Vám oznamujem, že ukončujem { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }, a{"\u00A0"}tým aj vzájomnú spoluprácu.
    }
    [firm] { $voice ->
        [we] týmto Vám oznamujeme, že ukončujeme { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
       *[i] týmto Vám oznamujem, že ukončujem { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
    }
   *[neutral] { $voice ->
        [we] oznamujeme Vám naše rozhodnutie ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
       *[i] oznamujem Vám svoje rozhodnutie ukončiť { $referenced ->
            [yes] zmluvu č.{"\u00A0"}{ $reference }
           *[no] našu zmluvu
        }{ $dated ->
            [yes] , uzavretú dňa { $signed }
           *[no] {""}
        }.
    }
}

## The one reason, stated as a fact about the business or the fit

reason-capacity = { $voice ->
    [we] Naše kapacity nám už neumožňujú venovať Vašim zákazkám toľko pozornosti, koľko si vyžadujú.
   *[i] Moje časové možnosti mi už neumožňujú venovať Vašim zákazkám toľko pozornosti, koľko si vyžadujú.
}
reason-fit = { $voice ->
    [we] Naše služby už nezodpovedajú tomu, čo Vaše podnikanie potrebuje.
   *[i] Moje služby už nezodpovedajú tomu, čo Vaše podnikanie potrebuje.
}
reason-direction = { $voice ->
    [we] Naša firma sa uberá novým smerom a{"\u00A0"}ponuku svojich služieb zužujeme.
   *[i] Moje podnikanie sa uberá novým smerom a{"\u00A0"}ponuku svojich služieb zužujem.
}
reason-outgrown = { $voice ->
    [we] Vaše potreby prerástli rámec toho, čo dokážeme ponúknuť, a{"\u00A0"}lepšie Vám poslúži väčší tím alebo špecializovaný odborník.
   *[i] Vaše potreby prerástli rámec toho, čo dokážem ponúknuť, a{"\u00A0"}lepšie Vám poslúži väčší tím alebo špecializovaný odborník.
}
reason-payment = { $voice ->
    [we] Súčasný stav úhrad nám už neumožňuje ďalej pre Vás pracovať.
   *[i] Súčasný stav úhrad mi už neumožňuje ďalej pre Vás pracovať.
}
# Said in the letter and again on the phone: no "spolupráca" (the decision and the
# end date already say it), nothing that sounds quoted from a contract.
reason-conduct = { $voice ->
    [we] Za daných okolností už nevidíme možnosť v{"\u00A0"}spolupráci konštruktívne pokračovať.
   *[i] Za daných okolností už nevidím možnosť v{"\u00A0"}spolupráci konštruktívne pokračovať.
}
reason-ethics = { $voice ->
    [we] Pokračovanie v{"\u00A0"}tejto spolupráci nie je zlučiteľné s{"\u00A0"}našimi profesijnými povinnosťami.
   *[i] Pokračovanie v{"\u00A0"}tejto spolupráci nie je zlučiteľné s{"\u00A0"}mojimi profesijnými povinnosťami.
}

## Notice and the last day

# The number is the predicate of "lehota je", in the nominative form:
# 1 deň, 3 dni, 30 dní, 1,5 dňa.
notice-days = Výpovedná lehota je { PLURAL($days) ->
    [one] jeden{"\u00A0"}deň
    [few] { $days }{"\u00A0"}dni
    [many] { $days }{"\u00A0"}dňa
   *[other] { $days }{"\u00A0"}dní
} a{"\u00A0"}naša spolupráca sa skončí { $end }.
notice-until = Naša spolupráca sa skončí { $end }.
# $milestone is free text from the case file, e.g. "spustenie nového e-shopu".
notice-milestone = Naša spolupráca sa skončí { $end }, po ukončení aktuálnej etapy, ktorú zavŕši { $milestone }.
# "Ukončenie", not "spolupráca" again right after the decision.
# "Ukončenie", as the decision says "ukončujem" (never "výpoveď", which implies a
# notice period).
notice-immediate = Ukončenie nadobúda účinnosť okamžite, t.{"\u00A0"}j. dňom { $end }.
transition = { $voice ->
    [we] Dovtedy budeme podľa dohody pokračovať v{"\u00A0"}rozpracovaných úlohách.
   *[i] Dovtedy budem podľa dohody pokračovať v{"\u00A0"}rozpracovaných úlohách.
}

## Referral: never for conduct or ethics

# The colleague recommended: $name, with $company when $who is both, and $contact
# when $reach is some. Placed in referral-person and the call's checklist.
# "zo spoločnosti …" keeps the firm's name in the nominative (apposition), as the
# call greeting does; the names are never declined.
referral-colleague = { $who ->
    [both] { $name } zo spoločnosti { $company }
   *[name] { $name }
}{ $reach ->
    [some] {" "}({ $contact })
   *[none] {""}
}
# $referral is referral-colleague. The person is the subject, in the nominative:
# "odporúčame" or "obrátiť sa na" would need the accusative (Martinu Novotnú), and
# "kolega/kolegyňa" would need the person's gender, which is unknown. The sentence
# is the same for both voices and tones; the call says it too.
referral-person = S{"\u00A0"}plynulým pokračovaním prác Vám môže pomôcť { $referral }.
# $provider is free text, e.g. "komplexná webová agentúra".
referral-provider = Do budúcnosti Vám lepšie poslúži iný typ dodávateľa: { $provider }.

## Close-out: what remains to settle

# Impersonal in Slovak ("zostáva vybaviť"), so it needs no $voice.
closeout-intro = Na riadne uzavretie našej spolupráce ešte zostáva vybaviť:
# $status: overdue (splatnosť uplynula pred dátumom listu), due-today alebo due.
# Overdue: "dosiaľ neuhradená", not "splatná … (po splatnosti)", which repeats the
# root and cannot be read aloud in the call.
closeout-invoice = { $status ->
    [overdue] Faktúra č.{"\u00A0"}{ $number }: { $amount }, splatná { $due }, dosiaľ neuhradená
    [due-today] Faktúra č.{"\u00A0"}{ $number }: { $amount }, splatná dnes, { $due }
   *[due] Faktúra č.{"\u00A0"}{ $number }: { $amount }, splatná { $due }
}
closeout-owed = Spolu na úhradu: { $total }
# After the list, when $count invoices in it are overdue on the letter's date.
# "bez zbytočného odkladu" is the set phrase of Slovak payment requests.
closeout-pay-overdue = { PLURAL($count) ->
    [one] { $voice ->
        [we] Prosíme o{"\u00A0"}úhradu faktúry po splatnosti bez zbytočného odkladu.
       *[i] Prosím o{"\u00A0"}úhradu faktúry po splatnosti bez zbytočného odkladu.
    }
    [few] { $voice ->
        [we] Prosíme o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
       *[i] Prosím o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
    }
    [many] { $voice ->
        [we] Prosíme o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
       *[i] Prosím o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
    }
   *[other] { $voice ->
        [we] Prosíme o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
       *[i] Prosím o{"\u00A0"}úhradu faktúr po splatnosti bez zbytočného odkladu.
    }
}
closeout-invoice-undated = Faktúra č.{"\u00A0"}{ $number }: { $amount }
closeout-deliverable = { $item }: dodanie do { $by }
closeout-deliverable-undated = Zostáva dodať: { $item }
# The label over two or more deliverables, each on a line of its own (like
# closeout-handover-group: "dodanie" for deliverables, "odovzdanie" for the handover).
closeout-deliverable-group = Na dodanie:
# One line of that list: $item, then the date it arrives. A comma, not brackets:
# the call script reads the line aloud.
closeout-deliverable-item = { $item }, do { $by }
closeout-handover = Na odovzdanie: { $item }
# The label over two or more items to hand over, each on a line of its own.
closeout-handover-group = Na odovzdanie:
# Active voice, not "budú vrátené/vymazané": the call reads the line aloud too.
closeout-data = { $data ->
    [return] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje Vám vrátime v{"\u00A0"}plnom rozsahu
       *[i] Vaše súbory a{"\u00A0"}údaje Vám vrátim v{"\u00A0"}plnom rozsahu
    }
    [delete] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje po dokončení odovzdania bezpečne vymažeme
       *[i] Vaše súbory a{"\u00A0"}údaje po dokončení odovzdania bezpečne vymažem
    }
   *[keep-as-required] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje budeme uchovávať len tak dlho, ako to vyžaduje zákon
       *[i] Vaše súbory a{"\u00A0"}údaje budem uchovávať len tak dlho, ako to vyžaduje zákon
    }
}
closeout-refund = Vrátenie nevyčerpanej zálohy: { $amount }
# No verb ("platí/platia") that would have to agree with the item's number.
closeout-continuing = V platnosti aj po skončení spolupráce: { $item }
# The label over two or more items that stay in force, each on a line of its own.
closeout-continuing-group = V platnosti aj po skončení spolupráce:

## Jediná položka na vybavenie: jedna veta namiesto úvodu a zoznamu

# Faktúra sama. Po splatnosti tá istá veta žiada úhradu (closeout-pay-overdue už
# nenasleduje). $status: overdue, due-today alebo due.
closeout-one-invoice = { $status ->
    [overdue] { $voice ->
        [we] Faktúra č.{"\u00A0"}{ $number } na sumu { $amount } bola splatná { $due } a{"\u00A0"}dosiaľ nie je uhradená; prosíme o{"\u00A0"}jej úhradu bez zbytočného odkladu.
       *[i] Faktúra č.{"\u00A0"}{ $number } na sumu { $amount } bola splatná { $due } a{"\u00A0"}dosiaľ nie je uhradená; prosím o{"\u00A0"}jej úhradu bez zbytočného odkladu.
    }
    [due-today] Faktúra č.{"\u00A0"}{ $number } na sumu { $amount } je splatná dnes, { $due }.
   *[due] Faktúra č.{"\u00A0"}{ $number } na sumu { $amount } je splatná { $due }.
}
closeout-one-invoice-undated = Zostáva uhradiť faktúru č.{"\u00A0"}{ $number } na sumu { $amount }.
# $item stojí za dvojbodkou, aby zostal v nominatíve, ako ho používateľ napísal.
closeout-one-deliverable = { $voice ->
    [we] Do { $by } nám ešte zostáva dodať: { $item }.
   *[i] Do { $by } mi ešte zostáva dodať: { $item }.
}
closeout-one-deliverable-undated = { $voice ->
    [we] Ešte nám zostáva dodať: { $item }.
   *[i] Ešte mi zostáva dodať: { $item }.
}
closeout-one-handover = Na odovzdanie ešte zostáva: { $item }.
# Súbory a údaje samé: nie je na čo čakať, žiadne odovzdanie sa nekoná.
closeout-one-data = { $data ->
    [return] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje Vám vrátime v{"\u00A0"}plnom rozsahu.
       *[i] Vaše súbory a{"\u00A0"}údaje Vám vrátim v{"\u00A0"}plnom rozsahu.
    }
    [delete] { $voice ->
        [we] Po skončení spolupráce Vaše súbory a{"\u00A0"}údaje bezpečne vymažeme.
       *[i] Po skončení spolupráce Vaše súbory a{"\u00A0"}údaje bezpečne vymažem.
    }
   *[keep-as-required] { $voice ->
        [we] Vaše súbory a{"\u00A0"}údaje budeme uchovávať len tak dlho, ako to vyžaduje zákon.
       *[i] Vaše súbory a{"\u00A0"}údaje budem uchovávať len tak dlho, ako to vyžaduje zákon.
    }
}
closeout-one-refund = { $voice ->
    [we] Vrátime Vám nevyčerpanú zálohu vo výške { $amount }.
   *[i] Vrátim Vám nevyčerpanú zálohu vo výške { $amount }.
}
closeout-one-continuing = { $agreement ->
    [singular] Aj po skončení spolupráce zostáva v{"\u00A0"}platnosti { $item }.
   *[plural] Aj po skončení spolupráce zostávajú v{"\u00A0"}platnosti { $item }.
}
# Úvody štyroch viet vyššie, keď položku napísal používateľ: položka nasleduje
# na vlastnom riadku.
closeout-one-deliverable-lead = { $voice ->
    [we] Do { $by } nám ešte zostáva dodať:
   *[i] Do { $by } mi ešte zostáva dodať:
}
closeout-one-deliverable-undated-lead = { $voice ->
    [we] Ešte nám zostáva dodať:
   *[i] Ešte mi zostáva dodať:
}
closeout-one-handover-lead = Na odovzdanie ešte zostáva táto položka:
# „Nasledujúce“ sa nezhoduje s položkou používateľa, nech je v akomkoľvek čísle.
closeout-one-continuing-lead = Aj po skončení spolupráce zostáva v{"\u00A0"}platnosti nasledujúce:

## Thanks and a door left open for practical questions

# The firm thanks vary with $voice too: the Slovak verb shows the person.
thanks = { $tone ->
    [warm] { $voice ->
        [we] Úprimne Vám ďakujeme za prejavenú dôveru a{"\u00A0"}za doterajšiu spoluprácu.
       *[i] Úprimne Vám ďakujem za prejavenú dôveru a{"\u00A0"}za doterajšiu spoluprácu.
    }
    [firm] { $voice ->
        [we] Ďakujeme Vám za pochopenie.
       *[i] Ďakujem Vám za pochopenie.
    }
   *[neutral] { $voice ->
        [we] Ďakujeme Vám za prejavenú dôveru.
       *[i] Ďakujem Vám za prejavenú dôveru.
    }
}
# $closeout is none when the case lists nothing to settle. "K vyššie uvedenému", not
# "k uvedeným bodom" (a close-out of one item is a sentence, not points) nor "k
# uzavretiu spolupráce": the letter has said "spolupráca" often enough. "Napísať na
# adresu", not "obrátiť sa na nás … na adrese" (two "na", a locative after a verb of
# direction).
questions = { $closeout ->
    [none] { $voice ->
        [we] S{"\u00A0"}prípadnými otázkami nám môžete napísať na adresu { $email }.
       *[i] S{"\u00A0"}prípadnými otázkami mi môžete napísať na adresu { $email }.
    }
   *[some] { $voice ->
        [we] S{"\u00A0"}prípadnými otázkami k{"\u00A0"}vyššie uvedenému nám môžete napísať na adresu { $email }.
       *[i] S{"\u00A0"}prípadnými otázkami k{"\u00A0"}vyššie uvedenému mi môžete napísať na adresu { $email }.
    }
}
# The email's own closing line: the reader replies to it, so it gives no address.
questions-email = { $closeout ->
    [none] Ak budete mať otázky, stačí odpovedať na tento e-mail.
   *[some] Ak budete mať k{"\u00A0"}vyššie uvedenému otázky, stačí odpovedať na tento e-mail.
}
