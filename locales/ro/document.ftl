### adieu — română.
### Mesajele comune scrisorii, e-mailului și scenariului de apel.
###
### Variabile disponibile în orice mesaj (vezi locales/en/document.ftl):
###   $tone, $voice, $gender, $name, $surname, $sender, $firm, $email
### Numele și textele libere din fișierul de caz stau mereu în nominativ: după
### două puncte, în apoziție, între ghilimele, ca element de listă, sau după o
### prepoziție care cere acuzativul („cu”, „de la”), niciodată în genitiv/dativ.
### Formele de trecut „am hotărât”, „am decis” sunt identice pentru „eu” și „noi”
### și nu se acordă în gen; nu folosim adjective despre expeditor sau client.

## Letter head

# Scrisorile de afaceri românești introduc obiectul cu „Referitor la:”
# (în e-mail: „Subiect:”).
letter-subject = Referitor la: { $subject }
# The header of the second and later pages: to whom, the date, the page ($page).
letter-continuation = { $recipient } · { $date } · pagina { $page }
email-subject = Subiect: { $subject }
subject = Încetarea colaborării
# Contractul, nu „colaborarea”, cu titlul în paranteză, ca în subject-contract-reference
# (ronda 6b: „Încetarea colaborării – „Contract de colaborare …”” repeta cuvântul).
subject-contract = Încetarea contractului („{ $contract }”)
# În română, referința unui contract se scrie „nr.” (nu „ref.”).
subject-contract-reference = Încetarea contractului nr.{"\u00A0"}{ $reference } („{ $contract }”)
# Subiectul când contractul are număr, dar nu are titlu.
subject-reference = Încetarea contractului nr.{"\u00A0"}{ $reference }
place-date = { $place }, { $date }
date-line = { $date }
recipient = { $name }
# „E-mail” este forma din DOOM, uzuală în antetele românești; „Tel.” este abrevierea românească.
contact-email = E-mail: { $address }
contact-phone = Tel.: { $number }

## Salutation and closing

# Formula neutră „Stimată doamnă, stimate domnule,” este cea consacrată când nu
# se cunoaște genul destinatarului (nu se folosește numele complet fără titlu).
salutation = { $gender ->
    [female] Stimată doamnă { $surname },
    [male] Stimate domnule { $surname },
   *[unspecified] Stimată doamnă, stimate domnule,
}
# „Cu stimă,” în toate tonurile: „Cu cele mai bune urări,” sună a felicitare, iar
# „Toate cele bune,” se scrie cuiva cu care sunteți per tu (ronda 7); căldura
# tonului cald stă în urările din text.
closing = { $tone ->
    [warm] Cu stimă,
    [firm] Cu stimă,
   *[neutral] Cu stimă,
}
# Româna nu are o formulă de e-mail „mai ușoară” care să rămână formală: „Cu bine,”
# sau „O zi bună,” ar suna prea familiar la încheierea unei colaborări, așa că toate
# tonurile păstrează „Cu stimă,”, ca scrisoarea.
email-closing = { $tone ->
    [warm] Cu stimă,
    [firm] Cu stimă,
   *[neutral] Cu stimă,
}

## The decision: always the first sentence

decision = { $tone ->
    [warm] { $voice ->
        [we] După o analiză atentă, am hotărât să încheiem colaborarea noastră.
       *[i] După o analiză atentă, am hotărât să închei colaborarea noastră.
    }
    [firm] { $voice ->
        [we] Prin prezenta vă notificăm încetarea colaborării noastre.
       *[i] Prin prezenta vă notific încetarea colaborării noastre.
    }
   *[neutral] { $voice ->
        [we] Vă informăm că am hotărât să încheiem colaborarea noastră.
       *[i] Vă informez că am hotărât să închei colaborarea noastră.
    }
}
# The contract is cited with its date and reference when the case gives them:
# $dated and $referenced are yes or no.
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] După o analiză atentă, am hotărât să încheiem colaborarea desfășurată în baza contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
       *[i] După o analiză atentă, am hotărât să închei colaborarea desfășurată în baza contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
    }
    [firm] { $voice ->
        [we] Prin prezenta vă notificăm încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
       *[i] Prin prezenta vă notific încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
    }
   *[neutral] { $voice ->
        [we] Vă informăm că am hotărât încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
       *[i] Vă informez că am hotărât încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        } („{ $contract }”).
    }
}
# Un contract citat prin număr sau dată, fără titlu: „contractului nr. X din …”, niciodată omis.
decision-agreement = { $tone ->
    [warm] { $voice ->
        [we] După o analiză atentă, am hotărât să încheiem colaborarea desfășurată în baza contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
       *[i] După o analiză atentă, am hotărât să închei colaborarea desfășurată în baza contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
    }
    [firm] { $voice ->
        [we] Prin prezenta vă notificăm încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
       *[i] Prin prezenta vă notific încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
    }
   *[neutral] { $voice ->
        [we] Vă informăm că am hotărât încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
       *[i] Vă informez că am hotărât încetarea contractului{ $referenced ->
            [yes] {" "}nr.{"\u00A0"}{ $reference }
           *[no] {""}
        }{ $dated ->
            [yes] {" "}din { $signed }
           *[no] {" "}dintre noi
        }.
    }
}

## The one reason, stated as a fact about the business or the fit

# „Cont” (account) s-ar înțelege drept cont bancar; vorbim de „proiectele dumneavoastră”.
reason-capacity = { $voice ->
    [we] Nu mai putem acorda proiectelor dumneavoastră atenția pe care o necesită.
   *[i] Nu mai pot acorda proiectelor dumneavoastră atenția pe care o necesită.
}
reason-fit = { $voice ->
    [we] Serviciile noastre nu mai corespund nevoilor actuale ale afacerii dumneavoastră.
   *[i] Serviciile mele nu mai corespund nevoilor actuale ale afacerii dumneavoastră.
}
reason-direction = { $voice ->
    [we] Ne reorientăm activitatea și restrângem gama serviciilor pe care le oferim.
   *[i] Îmi reorientez activitatea și restrâng gama serviciilor pe care le ofer.
}
reason-outgrown = { $voice ->
    [we] Nevoile dumneavoastră au depășit ceea ce vă putem oferi, iar o echipă mai mare sau un specialist vă va putea sprijini mai bine.
   *[i] Nevoile dumneavoastră au depășit ceea ce vă pot oferi, iar o echipă mai mare sau un specialist vă va putea sprijini mai bine.
}
reason-payment = { $voice ->
    [we] Întârzierile repetate la plata facturilor nu ne mai permit să continuăm în aceste condiții.
   *[i] Întârzierile repetate la plata facturilor nu îmi mai permit să continui în aceste condiții.
}
# „Relații profesionale”, nu „colaborări”: cuvântul „colaborare” este deja în decizie.
reason-conduct = Nu mai există premisele unei relații profesionale constructive.
reason-ethics = { $voice ->
    [we] Continuarea acestei colaborări nu este compatibilă cu obligațiile noastre profesionale.
   *[i] Continuarea acestei colaborări nu este compatibilă cu obligațiile mele profesionale.
}

## Notice and the last day

# [few] = 0, 2–19 (și 102–119 …): „2 zile”; [other] = de la 20 în sus: „30 de zile”.
# Data încetării vine prima, ca în celelalte două variante; „cu un preaviz de…”
# pus la început ar fi un calc după engleză.
notice-days = Colaborarea noastră va înceta la data de { $end }, cu respectarea unui preaviz de { PLURAL($days) ->
    [one] o{"\u00A0"}zi
    [few] { $days }{"\u00A0"}zile
   *[other] { $days }{"\u00A0"}de{"\u00A0"}zile
}.
notice-until = Colaborarea noastră va înceta la data de { $end }.
notice-milestone = Colaborarea noastră va înceta la data de { $end }, după finalizarea etapei în curs, care se încheie cu { $milestone }.
# Decizia a spus deja „încetarea colaborării”: aici nu o mai repetăm, dăm doar data.
notice-immediate = Încetarea are efect imediat, începând de astăzi, { $end }.
transition = { $voice ->
    [we] Până la această dată, vom continua lucrările în curs, conform celor convenite.
   *[i] Până la această dată, voi continua lucrările în curs, conform celor convenite.
}

## Referral: never for conduct or ethics

# Colegul recomandat: numele, firma („, de la …”, fără declinare) când $who este both,
# și datele de contact între paranteze când $reach este some. Stă după două puncte în
# referral-person („…în care avem încredere: { $referral }.”) și în lista de verificare a apelului.
referral-colleague = { $who ->
    [both] { $name }, de la { $company }
   *[name] { $name }
}{ $reach ->
    [some] {" "}({ $contact })
   *[none] {""}
}
referral-person = { $voice ->
    [we] Pentru a asigura continuitatea, vă recomandăm să vă adresați unui profesionist în care avem încredere: { $referral }.
   *[i] Pentru a asigura continuitatea, vă recomand să vă adresați unui profesionist în care am încredere: { $referral }.
}
referral-provider = { $voice ->
    [we] Pentru nevoile dumneavoastră viitoare, vă recomandăm să apelați la un alt tip de furnizor: { $provider }.
   *[i] Pentru nevoile dumneavoastră viitoare, vă recomand să apelați la un alt tip de furnizor: { $provider }.
}

## Close-out: what remains to settle

# „Vă rugăm” / „vă rog” depinde de $voice, deși engleza („please note”) nu variază.
closeout-intro = { $voice ->
    [we] Pentru ca totul să se încheie în bune condiții, vă rugăm să aveți în vedere următoarele:
   *[i] Pentru ca totul să se încheie în bune condiții, vă rog să aveți în vedere următoarele:
}
# În română, numărul unei facturi se introduce cu „nr.”.
# $status: overdue (scadența a trecut la data scrisorii), due-today sau due.
closeout-invoice = { $status ->
    [overdue] Factura nr.{"\u00A0"}{ $number }: { $amount }, cu termenul de plată depășit (scadentă la { $due })
    [due-today] Factura nr.{"\u00A0"}{ $number }: { $amount }, scadentă astăzi, { $due }
   *[due] Factura nr.{"\u00A0"}{ $number }: { $amount }, scadentă la { $due }
}
closeout-owed = Total de plată: { $total }
# După listă, când $count facturi din ea sunt restante la data scrisorii.
# [one] = 1; [few] = 0, 2–19, 101–119 …; [other] = 20–100 etc.
closeout-pay-overdue = { PLURAL($count) ->
    [one] { $voice ->
        [we] Vă rugăm să achitați fără întârziere factura restantă.
       *[i] Vă rog să achitați fără întârziere factura restantă.
    }
    [few] { $voice ->
        [we] Vă rugăm să achitați fără întârziere facturile restante.
       *[i] Vă rog să achitați fără întârziere facturile restante.
    }
   *[other] { $voice ->
        [we] Vă rugăm să achitați fără întârziere facturile restante.
       *[i] Vă rog să achitați fără întârziere facturile restante.
    }
}
closeout-invoice-undated = Factura nr.{"\u00A0"}{ $number }: { $amount }
closeout-deliverable = { $item }: livrare până la { $by }
closeout-deliverable-undated = De livrat: { $item }
# The label over two or more deliverables, each on a line of its own.
closeout-deliverable-group = De livrat:
# One line of that list: $item, then the date it arrives.
closeout-deliverable-item = { $item }, până la { $by }
closeout-handover = De predat: { $item }
# The label over two or more items to hand over, each on a line of its own.
closeout-handover-group = De predat:
closeout-data = { $data ->
    [return] Fișierele și datele dumneavoastră: vă vor fi returnate integral
    [delete] Fișierele și datele dumneavoastră: vor fi șterse definitiv și în condiții de siguranță după finalizarea predării
   *[keep-as-required] Fișierele și datele dumneavoastră: vor fi păstrate doar pe durata prevăzută de lege
}
closeout-refund = Restituirea avansului neutilizat: { $amount }
# Fără verb („rămâne/rămân”), ca să nu depindem de numărul gramatical al elementului.
closeout-continuing = În vigoare și după încetarea colaborării: { $item }
# The label over two or more items that stay in force, each on a line of its own.
# Fără verb: eticheta poate preceda un singur element scris de utilizator.
closeout-continuing-group = În vigoare și după încetarea colaborării:

## Un singur aspect de finalizat: o frază în locul introducerii și al listei

# Factura singură. Restantă, aceeași frază cere plata (closeout-pay-overdue nu mai
# urmează). $status: overdue, due-today sau due.
closeout-one-invoice = { $status ->
    [overdue] { $voice ->
        [we] Factura nr.{"\u00A0"}{ $number }, în valoare de { $amount }, era scadentă la { $due } și nu a fost încă achitată; vă rugăm să efectuați plata fără întârziere.
       *[i] Factura nr.{"\u00A0"}{ $number }, în valoare de { $amount }, era scadentă la { $due } și nu a fost încă achitată; vă rog să efectuați plata fără întârziere.
    }
    [due-today] Factura nr.{"\u00A0"}{ $number }, în valoare de { $amount }, este scadentă astăzi, { $due }.
   *[due] Factura nr.{"\u00A0"}{ $number }, în valoare de { $amount }, este scadentă la { $due }.
}
closeout-one-invoice-undated = Factura nr.{"\u00A0"}{ $number }, în valoare de { $amount }, rămâne de achitat.
# $item urmează după două puncte, ca textul utilizatorului să rămână la nominativ.
closeout-one-deliverable = { $voice ->
    [we] Până la { $by } vă vom livra lucrarea rămasă: { $item }.
   *[i] Până la { $by } vă voi livra lucrarea rămasă: { $item }.
}
closeout-one-deliverable-undated = { $voice ->
    [we] Vă vom livra lucrarea rămasă: { $item }.
   *[i] Vă voi livra lucrarea rămasă: { $item }.
}
closeout-one-handover = { $voice ->
    [we] Vă vom preda { $item }.
   *[i] Vă voi preda { $item }.
}
# Fișierele și datele singure: nu există o predare de așteptat.
closeout-one-data = { $data ->
    [return] { $voice ->
        [we] Vă vom returna integral fișierele și datele dumneavoastră.
       *[i] Vă voi returna integral fișierele și datele dumneavoastră.
    }
    [delete] { $voice ->
        [we] După încetarea colaborării, vom șterge definitiv și în condiții de siguranță fișierele și datele dumneavoastră.
       *[i] După încetarea colaborării, voi șterge definitiv și în condiții de siguranță fișierele și datele dumneavoastră.
    }
   *[keep-as-required] { $voice ->
        [we] Vom păstra fișierele și datele dumneavoastră doar pe durata prevăzută de lege.
       *[i] Voi păstra fișierele și datele dumneavoastră doar pe durata prevăzută de lege.
    }
}
closeout-one-refund = { $voice ->
    [we] Vă vom restitui avansul neutilizat, în valoare de { $amount }.
   *[i] Vă voi restitui avansul neutilizat, în valoare de { $amount }.
}
# „Următoarea obligație” poartă acordul; elementul urmează la nominativ.
# $agreement: numărul elementului însuși („Obligațiile de confidențialitate” e la
# plural), cu care se acordă verbul; elementul lui adieu, articulat, urmează fără
# două puncte.
closeout-one-continuing = { $agreement ->
    [singular] Și după încetarea colaborării rămâne în vigoare { $item }.
   *[plural] Și după încetarea colaborării rămân în vigoare { $item }.
}
# Introducerile celor patru fraze de mai sus când elementul e scris de
# utilizator: elementul urmează pe rândul lui.
closeout-one-deliverable-lead = { $voice ->
    [we] Până la { $by } vă vom livra lucrarea rămasă:
   *[i] Până la { $by } vă voi livra lucrarea rămasă:
}
closeout-one-deliverable-undated-lead = { $voice ->
    [we] Vă vom livra lucrarea rămasă:
   *[i] Vă voi livra lucrarea rămasă:
}
closeout-one-handover-lead = { $voice ->
    [we] Vă vom preda:
   *[i] Vă voi preda:
}
# „Ce rămâne” nu se acordă cu elementul utilizatorului, singular sau plural.
closeout-one-continuing-lead = Iată ce rămâne în vigoare și după încetarea colaborării:

## Thanks and a door left open for practical questions

# Româna cere forma verbului după $voice și la „firm” („vă mulțumim” / „vă mulțumesc”).
thanks = { $tone ->
    [warm] { $voice ->
        [we] Vă mulțumim sincer pentru încrederea pe care ne-ați acordat-o și pentru tot ce am realizat împreună.
       *[i] Vă mulțumesc sincer pentru încrederea pe care mi-ați acordat-o și pentru tot ce am realizat împreună.
    }
    [firm] { $voice ->
        [we] Vă mulțumim pentru înțelegere.
       *[i] Vă mulțumesc pentru înțelegere.
    }
   *[neutral] { $voice ->
        [we] Vă mulțumim pentru încrederea pe care ne-ați acordat-o.
       *[i] Vă mulțumesc pentru încrederea pe care mi-ați acordat-o.
    }
}
# „Dacă aveți întrebări”, nu „Pentru orice întrebări”: paragrafele de mai sus încep deja cu „Pentru”.
questions = { $closeout ->
    [none] { $voice ->
        [we] Dacă aveți întrebări, ne puteți contacta la adresa { $email }.
       *[i] Dacă aveți întrebări, mă puteți contacta la adresa { $email }.
    }
   *[some] { $voice ->
        [we] Dacă aveți întrebări legate de aspectele de mai sus, ne puteți contacta la adresa { $email }.
       *[i] Dacă aveți întrebări legate de aspectele de mai sus, mă puteți contacta la adresa { $email }.
    }
}
# Încheierea e-mailului: destinatarul răspunde la el, deci fără adresă (ea apare în semnătură).
questions-email = { $closeout ->
    [none] { $voice ->
        [we] Dacă aveți întrebări, vă rugăm să răspundeți la acest e-mail.
       *[i] Dacă aveți întrebări, vă rog să răspundeți la acest e-mail.
    }
   *[some] { $voice ->
        [we] Dacă aveți întrebări legate de aspectele de mai sus, vă rugăm să răspundeți la acest e-mail.
       *[i] Dacă aveți întrebări legate de aspectele de mai sus, vă rog să răspundeți la acest e-mail.
    }
}
