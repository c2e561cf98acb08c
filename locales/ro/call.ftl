### adieu — română: scenariul apelului telefonic. Numai pentru expeditor; replicile
### de rostit sunt în limba clientului, la fel și indicațiile din jurul lor.
### Indicațiile i se adresează expeditorului cu „dumneavoastră” (imperativ politicos).

# „cu { $client }”: după „cu” numele rămâne în forma de nominativ-acuzativ, nedeclinat.
call-title = Scenariul apelului: încheierea colaborării cu { $client }
call-private = Doar pentru uz propriu. Anunțați mai întâi decizia, prezentați motivul o singură dată și nu mai reveniți asupra ei.
# Who to call and the number, under the title; $client is the company.
call-dial = De apelat: { $name } ({ $client }), tel. { $number }
call-dial-person = De apelat: { $name }, tel. { $number }
# The key facts, in a box under the title: what to keep in mind under stress. Each
# line is a label and a short value, not a sentence to say.
call-facts = De reținut
call-fact-decision = Decizie: încheierea colaborării
# $kind is immediate for an end at once; $end is the last day, written out.
call-fact-end = { $kind ->
    [immediate] Încetare: cu efect imediat, astăzi ({ $end })
   *[other] Ultima zi de colaborare: { $end }
}
call-fact-reason = Motiv: { $reason ->
    [capacity] lipsă de disponibilitate pentru a acorda clientului atenția necesară
    [fit] serviciile nu mai corespund nevoilor clientului
    [direction] reorientarea activității
    [outgrown] clientul are nevoie de o echipă mai mare sau de un specialist
    [payment] plăți întârziate în mod repetat
    [conduct] spuneți doar fraza de mai jos, fără exemple
   *[ethics] spuneți doar fraza de mai jos, fără detalii
}
# $who is both (name and firm) or name.
call-fact-referral = Recomandare: { $who ->
    [both] { $referral }, { $company }
   *[name] { $referral }
}
call-fact-provider = Recomandare: { $provider }

## Before dialling

call-before = Înainte de apel
call-check-contract = Contract verificat: prevede un preaviz de cel puțin { PLURAL($days) ->
    [one] o{"\u00A0"}zi
    [few] { $days }{"\u00A0"}zile
   *[other] { $days }{"\u00A0"}de{"\u00A0"}zile
}{ $closeout ->
    [none] , iar tot ce a fost deja plătit a fost livrat.
   *[some] , iar tot ce a fost deja plătit a fost livrat sau figurează mai jos, printre aspectele de finalizat.
}
call-check-contract-plain = { $closeout ->
    [none] Contract verificat: tot ce a fost deja plătit a fost livrat.
   *[some] Contract verificat: tot ce a fost deja plătit a fost livrat sau figurează mai jos, printre aspectele de finalizat.
}
call-check-agreement = Înțelegere verificată: în lipsa unui contract scris, stabiliți clar ce s-a promis și ce s-a plătit.
call-check-invoices = Facturile emise: achitate integral sau cu un plan de încasare pregătit.
call-check-referral = Recomandare pregătită: { $referral }.
call-check-provider = Recomandare pregătită: { $provider }.
call-check-confirmation = Confirmare scrisă pregătită, de trimis în aceeași zi.
call-check-moment = Moment liniștit ales, cu un sfert de oră rezervat pentru convorbire.

## The conversation

call-opening = Deschiderea convorbirii
# Când genul nu se cunoaște, româna nu se adresează cu numele complet fără titlu
# („Bună ziua, Sam Taylor” sună nefiresc); rămâne simplu „Bună ziua,”.
call-greeting = { $gender ->
    [female] Bună ziua, doamnă { $surname },
    [male] Bună ziua, domnule { $surname },
   *[unspecified] Bună ziua,
} { $voice ->
    [we] sunt { $sender } de la { $spoken }.
   *[i] sunt { $sender }.
}
call-ask-time = Aveți câteva minute la dispoziție? Aș dori să vă comunic o decizie importantă.
call-decision = Decizia (anunțați-o de la început)
call-decision-line = { $voice ->
    [we] Am hotărât să încheiem colaborarea cu dumneavoastră.
   *[i] Am hotărât să închei colaborarea cu dumneavoastră.
}
call-reason = Motivul (o singură dată, fără detalii)
# $kind is immediate for an end at once: there is no notice to speak of.
call-notice = { $kind ->
    [immediate] Data încetării
   *[other] Preavizul și perioada de tranziție
}
# Spoken forms of the notice, the transition and the referral: said on the phone,
# so no contact details read aloud and no written formulas.
call-notice-days = Colaborarea noastră se va încheia pe { $end }, după un preaviz de { PLURAL($days) ->
    [one] o{"\u00A0"}zi
    [few] { $days }{"\u00A0"}zile
   *[other] { $days }{"\u00A0"}de{"\u00A0"}zile
}.
call-notice-until = Colaborarea noastră se va încheia pe { $end }.
call-notice-milestone = Colaborarea noastră se va încheia pe { $end }, după etapa în curs, care se finalizează cu { $milestone }.
call-notice-immediate = Colaborarea noastră încetează cu efect imediat, chiar astăzi, { $end }.
call-transition = { $voice ->
    [we] Până atunci, vom continua lucrările în curs, așa cum am stabilit.
   *[i] Până atunci, voi continua lucrările în curs, așa cum am stabilit.
}
# $who is both (name and firm) or name; the contact details follow in writing.
call-referral-person = { $voice ->
    [we] Vă recomandăm să luați legătura cu { $who ->
        [both] { $referral }, de la { $company }
       *[name] { $referral }
    }. Vă trimitem datele de contact în scris.
   *[i] Vă recomand să luați legătura cu { $who ->
        [both] { $referral }, de la { $company }
       *[name] { $referral }
    }. Vă trimit datele de contact în scris.
}
call-referral-provider = Pe viitor, v-ar fi mai de folos un alt tip de furnizor: { $provider }.
call-referral = Recomandarea
call-closeout = Aspecte de finalizat
# Spusă înaintea frazelor de încheiere; $count este numărul lor. Una singură se
# spune dintr-o suflare („Mai rămâne un singur lucru. Vă vom restitui…”).
call-closeout-line = { PLURAL($count) ->
    [one] Mai rămâne un singur lucru.
    [few] Înainte să încheiem, câteva aspecte practice.
   *[other] Înainte să încheiem, câteva aspecte practice.
}
# Încheierea spusă cu voce tare, o frază pentru fiecare tip de element: sume fără
# zecimale nule și în „lei”, date fără an, „numărul” în loc de „nr.”, fără adrese de
# e-mail. O factură restantă se cere. $status: overdue, due-today sau due.
call-closeout-invoice = { $status ->
    [overdue] { $voice ->
        [we] Factura numărul { $number }, de { $amount }, a depășit scadența din { $due } și rămâne de plată{ $ask ->
            [no] .
           *[yes] ; vă rugăm să o achitați cât mai curând.
        }
       *[i] Factura numărul { $number }, de { $amount }, a depășit scadența din { $due } și rămâne de plată{ $ask ->
            [no] .
           *[yes] ; vă rog să o achitați cât mai curând.
        }
    }
    [due-today] Factura numărul { $number }, de { $amount }, este scadentă astăzi.
   *[due] Factura numărul { $number }, de { $amount }, are scadența pe { $due }.
}
call-closeout-invoice-undated = Mai rămâne de plată factura numărul { $number }, de { $amount }.
# După două sau mai multe facturi în aceeași monedă, când motivul este plata.
call-closeout-owed = În total, sunt { $amount }.
# După două sau mai multe facturi restante ($count), spuse fără cerere: cererea, o dată.
call-closeout-pay-overdue = { $voice ->
    [we] Vă rugăm să le achitați cât mai curând.
   *[i] Vă rog să le achitați cât mai curând.
}
# $items: elementele lui adieu legate ca o enumerare („a, b și c”), articulate, deci
# fără două puncte („Vă vom preda codul sursă”); $count: câte sunt.
# $agreement (singular, plural): numărul a ceea ce spun elementele. Verbul are aici
# subiectul „noi” / „eu”, deci româna nu se acordă cu elementele.
call-closeout-deliverables = { $agreement ->
    [singular] { $voice ->
        [we] Mai avem de livrat { $items }.
       *[i] Mai am de livrat { $items }.
    }
   *[plural] { $voice ->
        [we] Mai avem de livrat { $items }.
       *[i] Mai am de livrat { $items }.
    }
}
call-closeout-handover = { $agreement ->
    [singular] { $voice ->
        [we] Vă vom preda { $items }.
       *[i] Vă voi preda { $items }.
    }
   *[plural] { $voice ->
        [we] Vă vom preda { $items }.
       *[i] Vă voi preda { $items }.
    }
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] Vă vom returna integral fișierele și datele dumneavoastră.
       *[i] Vă voi returna integral fișierele și datele dumneavoastră.
    }
    [delete] { $voice ->
        [we] După predare, vom șterge definitiv fișierele și datele dumneavoastră.
       *[i] După predare, voi șterge definitiv fișierele și datele dumneavoastră.
    }
   *[keep-as-required] { $voice ->
        [we] Vom păstra fișierele și datele dumneavoastră doar cât prevede legea.
       *[i] Voi păstra fișierele și datele dumneavoastră doar cât prevede legea.
    }
}
call-closeout-refund = { $voice ->
    [we] Vă vom restitui avansul neutilizat, de { $amount }.
   *[i] Vă voi restitui avansul neutilizat, de { $amount }.
}
# $agreement: numărul a ceea ce spun elementele (unul singur, la singular sau la
# plural, ori mai multe); elementele lui adieu, articulate, urmează fără două puncte.
call-closeout-continuing = { $agreement ->
    [singular] Și după încheierea colaborării rămâne în vigoare { $items }.
   *[plural] Și după încheierea colaborării rămân în vigoare { $items }.
}
# Introducerile celor trei fraze de mai sus când un element e scris de utilizator
# (sau conține o virgulă): substantivul lui adieu poartă acordul, iar fiecare
# element urmează pe rândul lui.
call-closeout-deliverables-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Mai avem de livrat:
        [few] Mai avem de livrat următoarele lucrări:
       *[other] Mai avem de livrat următoarele lucrări:
    }
   *[i] { PLURAL($count) ->
        [one] Mai am de livrat:
        [few] Mai am de livrat următoarele lucrări:
       *[other] Mai am de livrat următoarele lucrări:
    }
}
call-closeout-handover-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Vă vom preda:
        [few] Vă vom preda următoarele elemente:
       *[other] Vă vom preda următoarele elemente:
    }
   *[i] { PLURAL($count) ->
        [one] Vă voi preda:
        [few] Vă voi preda următoarele elemente:
       *[other] Vă voi preda următoarele elemente:
    }
}
call-closeout-continuing-lead = { PLURAL($count) ->
    [one] Iată ce rămâne în vigoare și după încheierea colaborării:
    [few] Și după încheierea colaborării rămân în vigoare:
   *[other] Și după încheierea colaborării rămân în vigoare:
}

## Pushback: calm answers that restate the decision without arguing

call-pushback = Dacă clientul contestă decizia
call-pushback-why = „De ce?”
call-pushback-why-answer = { $transition ->
    [none] { $reason } Decizia este luată și este definitivă.
   *[some] { $closeout ->
        [none] { $reason } Decizia este luată, iar acum cel mai important este ca tranziția să decurgă cât mai ușor pentru dumneavoastră.
       *[some] { $reason } Decizia este luată, iar acum cel mai important este ca predarea să decurgă cât mai ușor pentru dumneavoastră.
    }
}
call-pushback-fix = „Nu putem găsi o soluție?”
# Cine vorbește în numele firmei spune „putem”, ca în „Am hotărât să încheiem”.
call-pushback-fix-answer = { $transition ->
    [none] Vă înțeleg, dar decizia este definitivă.
   *[some] { $voice ->
        [we] Vă înțeleg, dar decizia este definitivă. În schimb, vă putem ajuta ca tranziția să fie cât mai ușoară.
       *[i] Vă înțeleg, dar decizia este definitivă. În schimb, vă pot ajuta ca tranziția să fie cât mai ușoară.
    }
}
call-pushback-pay = „Și dacă plătim mai mult?”
call-pushback-pay-answer = { $reason ->
    [payment] Vă mulțumesc, dar decizia rămâne neschimbată.
   *[capacity] Vă mulțumesc, dar nu este o chestiune de preț. Decizia rămâne neschimbată.
}
# Replicile clientului care nu sunt întrebări rămân fără punct: sunt titluri, iar în
# română punctul s-ar pune după ghilimele.
call-pushback-invoice = „Nu vom plăti ultima factură”
# Clientul contestă tocmai lucrarea: răspunsul nu afirmă că ea a fost livrată conform înțelegerii.
# „Rămâne de plată”, nu „rămâne valabilă”: e vorba de plată, nu de valabilitatea documentului.
call-pushback-invoice-answer = { $voice ->
    [we] Am reținut. Factura rămâne însă de plată. Vă trimitem detaliile în scris, iar dacă aveți întrebări despre ea, vă răspundem cu plăcere tot în scris.
   *[i] Am reținut. Factura rămâne însă de plată. Vă trimit detaliile în scris, iar dacă aveți întrebări despre ea, vă răspund cu plăcere tot în scris.
}
# „Înțelegerea noastră”, nu „contractul”: poate să nu existe un contract scris.
call-pushback-breach = „Nu ați respectat înțelegerea noastră”
call-pushback-breach-answer = { $voice ->
    [we] Înțeleg că așa vedeți lucrurile. Dacă considerați că ceva nu a fost respectat, vă rugăm să ne trimiteți detaliile în scris și vă vom răspunde.
   *[i] Înțeleg că așa vedeți lucrurile. Dacă considerați că ceva nu a fost respectat, vă rog să-mi trimiteți detaliile în scris și vă voi răspunde.
}
call-pushback-legal = „Vom lua măsuri legale”
# Niciodată „este dreptul dumneavoastră” (sună a provocare) și niciodată „pe această cale”
# (la telefon se înțelege „la telefon” sau chiar „în instanță”).
call-pushback-legal-answer = { $voice ->
    [we] Înțeleg. Vă trimitem chiar astăzi o confirmare scrisă și vă propunem ca, de acum înainte, să comunicăm doar în scris.
   *[i] Înțeleg. Vă trimit chiar astăzi o confirmare scrisă și vă propun ca, de acum înainte, să comunicăm doar în scris.
}
call-pushback-favour = „Ne mai puteți ajuta doar cu un ultim lucru?” sau „Haideți să continuăm colaborarea neoficial”
# $end is said as a spoken date, without the year. Until the end date the sender
# still owes what was agreed: refusing new work "acum" would commit them to a breach.
call-pushback-favour-answer = { $kind ->
    [immediate] { $voice ->
        [we] Colaborarea noastră se încheie astăzi, așa că nu mai putem prelua nicio altă lucrare, nici oficial, nici neoficial.
       *[i] Colaborarea noastră se încheie astăzi, așa că nu mai pot prelua nicio altă lucrare, nici oficial, nici neoficial.
    }
   *[other] { $voice ->
        [we] Până la { $end } vom asigura în continuare tot ce am convenit. După această dată, nu mai putem prelua nicio lucrare nouă, nici oficial, nici neoficial.
       *[i] Până la { $end } voi asigura în continuare tot ce am convenit. După această dată, nu mai pot prelua nicio lucrare nouă, nici oficial, nici neoficial.
    }
}
call-pushback-upset = Supărare sau furie
call-pushback-upset-answer = { $transition ->
    [none] { $voice ->
        [we] Înțeleg că nu este o veste plăcută. Vă vom confirma decizia în scris chiar astăzi.
       *[i] Înțeleg că nu este o veste plăcută. Vă voi confirma decizia în scris chiar astăzi.
    }
   *[some] { $voice ->
        [we] Înțeleg că nu este o veste plăcută. Ne vom asigura că veți primi tot ce vă este necesar pentru tranziție.
       *[i] Înțeleg că nu este o veste plăcută. Mă voi asigura că veți primi tot ce vă este necesar pentru tranziție.
    }
}
call-pushback-upset-hint = Păstrați-vă calmul, nu intrați în polemici și nu adăugați alte motive. Dacă discuția devine ostilă, încheiați-o politicos și confirmați în scris.

## Ending the call and what follows

call-closing = Fraza de încheiere
call-closing-line = { $tone ->
    [warm] Vă mulțumesc pentru timpul acordat și pentru tot ce am realizat împreună. Vă voi confirma toate acestea în scris chiar astăzi.
   *[neutral] Vă mulțumesc pentru timpul acordat. Vă voi confirma toate acestea în scris chiar astăzi.
}
call-after = Imediat după apel
call-after-send = { $closeout ->
    [none] Trimiteți chiar astăzi confirmarea scrisă, cu data încetării: { $end }.
   *[some] Trimiteți chiar astăzi confirmarea scrisă, cu data încetării ({ $end }) și aspectele rămase de rezolvat.
}
call-after-note = Notați data și ora apelului, precum și tot ce a spus sau a acceptat clientul.
call-after-calendar = { $transition ->
    [none] Notați data încetării în dosarul clientului.
   *[some] { $closeout ->
        [none] Treceți în calendar data încetării.
       *[some] Treceți în calendar data încetării și toate termenele pentru aspectele rămase de rezolvat.
    }
}
