### adieu — français : la trame de l’appel téléphonique. For the sender's eyes only;
### the lines to say are in the client's language, the guidance around them too.
### Guidance uses the imperative (vous), checklist items are written as done
### ("Contrat relu") or as infinitives ("Envoyer…"), as French checklists do.

# "Trame d’appel" is the usual French name for a call script. The client's name
# follows a dash, as in calendar.ftl: no preposition suits every name ("avec
# Domaine Lacoste" lacks the article a native would give it).
call-title = Trame d’appel{"\u202F"}: fin de la collaboration{"\u00A0"}– { $client }
call-private = Document à usage strictement personnel. Annoncez d’abord la décision, donnez la raison une seule fois et ne revenez pas dessus.
# Who to call and the number, under the title; $client is the company.
call-dial = Appeler { $name } ({ $client }){"\u202F"}: { $number }
call-dial-person = Appeler { $name }{"\u202F"}: { $number }
# The key facts, in a box under the title: what to keep in mind under stress. Each
# line is a label and a short value, not a sentence to say.
call-facts = À retenir
call-fact-decision = Décision{"\u202F"}: fin de la collaboration
# $kind is immediate for an end at once; $end is the last day, written out.
call-fact-end = { $kind ->
    [immediate] Fin{"\u202F"}: avec effet immédiat, aujourd’hui ({ $end })
   *[other] Dernier jour{"\u202F"}: { $end }
}
call-fact-reason = Motif{"\u202F"}: { $reason ->
    [capacity] manque de disponibilité pour accorder au dossier l’attention nécessaire
    [fit] les prestations ne répondent plus aux besoins du client
    [direction] réorientation de l’activité
    [outgrown] le client a besoin d’une équipe plus étoffée ou d’un spécialiste
    [payment] retards de paiement répétés
    [conduct] dites seulement la phrase ci-dessous, sans donner d’exemples
   *[ethics] dites seulement la phrase ci-dessous, sans entrer dans les détails
}
# $who is both (name and firm) or name.
call-fact-referral = Recommandation{"\u202F"}: { $who ->
    [both] { $referral }, { $company }
   *[name] { $referral }
}
call-fact-provider = Recommandation{"\u202F"}: { $provider }

## Before dialling

call-before = Avant l’appel
# Two checks, two clauses: the second is not something the contract says.
call-check-contract = Contrat relu{"\u202F"}: préavis d’au moins { $days ->
    [1] un{"\u00A0"}jour
   *[other] { PLURAL($days) ->
        [one] { $days }{"\u00A0"}jour
        [many] { $days }{"\u00A0"}de jours
       *[other] { $days }{"\u00A0"}jours
    }
}{"\u202F"}; toutes les prestations déjà payées ont bien été fournies.
call-check-contract-plain = Contrat relu{"\u202F"}: toutes les prestations déjà payées ont bien été fournies.
call-check-agreement = Engagements passés en revue{"\u202F"}: en l’absence de contrat écrit, vérifiez ce qui a été promis et ce qui a été payé.
call-check-invoices = Factures en attente{"\u202F"}: réglées, ou plan de recouvrement prêt.
call-check-referral = Recommandation prête{"\u202F"}: { $referral }.
call-check-provider = Recommandation prête{"\u202F"}: { $provider }.
call-check-confirmation = Confirmation écrite préparée, à envoyer le jour même.
call-check-moment = Moment calme choisi, avec un quart d’heure devant vous.

## The conversation

call-opening = Entrée en matière
# On the telephone French greets with the form of address and the surname
# ("Bonjour Monsieur Dupont") and introduces the caller with "… à l’appareil".
# A bare full name is not used to address someone; with no known gender the caller
# asks whether the right person is on the line. The firm is introduced as
# "la société …" so that no elision ("de"/"d’") depends on the first letter of its name.
call-greeting = { $gender ->
    [female] Bonjour Madame { $surname }, { $voice ->
        [we] { $sender }, de la société { $spoken }, à l’appareil.
       *[i] { $sender } à l’appareil.
    }
    [male] Bonjour Monsieur { $surname }, { $voice ->
        [we] { $sender }, de la société { $spoken }, à l’appareil.
       *[i] { $sender } à l’appareil.
    }
   *[unspecified] Bonjour, { $voice ->
        [we] { $sender }, de la société { $spoken }, à l’appareil.
       *[i] { $sender } à l’appareil.
    } Suis-je bien en relation avec { $name }{"\u202F"}?
}
call-ask-time = Auriez-vous quelques minutes à m’accorder{"\u202F"}? J’ai une décision importante à vous annoncer.
call-decision = La décision (à annoncer en premier)
call-decision-line = { $voice ->
    [we] Nous avons décidé de mettre fin à notre collaboration.
   *[i] J’ai décidé de mettre fin à notre collaboration.
}
call-reason = La raison (une seule fois, sans entrer dans les détails)
# $kind is immediate for an end at once: there is no notice to speak of.
call-notice = { $kind ->
    [immediate] Date de fin
   *[other] Préavis et transition
}
# Spoken forms of the notice, the transition and the referral: said on the phone,
# so no contact details read aloud and no written formulas.
# Never "Avec un préavis de…, …" (a calque of "With … notice"). A one-day notice is
# not announced as such on the phone: the end date says it all.
call-notice-days = { $days ->
    [1] Notre collaboration prendra fin le { $end }.
   *[other] Le préavis est de { PLURAL($days) ->
        [one] { $days }{"\u00A0"}jour
        [many] { $days }{"\u00A0"}de jours
       *[other] { $days }{"\u00A0"}jours
    }{"\u202F"}: notre collaboration prendra donc fin le { $end }.
}
call-notice-until = Notre collaboration prendra fin le { $end }.
call-notice-milestone = Notre collaboration prendra fin le { $end }, à la fin de l’étape en cours, qui se terminera par { $milestone }.
call-notice-immediate = La résiliation prend effet dès aujourd’hui, le { $end }.
call-transition = { $voice ->
    [we] D’ici là, nous continuons d’assurer nos prestations comme prévu.
   *[i] D’ici là, je continue d’assurer mes prestations comme prévu.
}
# $who is both (name and firm) or name; the contact details follow in writing.
call-referral-person = { $voice ->
    [we] Nous vous recommandons de contacter { $who ->
        [both] { $referral }, de la société { $company }
       *[name] { $referral }
    }. Je vous transmettrai ses coordonnées par écrit.
   *[i] Je vous recommande de contacter { $who ->
        [both] { $referral }, de la société { $company }
       *[name] { $referral }
    }. Je vous transmettrai ses coordonnées par écrit.
}
call-referral-provider = Pour la suite, un autre type de prestataire vous conviendrait mieux{"\u202F"}: { $provider }.
call-referral = Recommandation
call-closeout = Points à régler
# Dit avant les phrases de clôture ; $count est leur nombre. Une seule se dit d’un
# trait (« Il reste un dernier point. Nous vous rembourserons… »).
call-closeout-line = { PLURAL($count) ->
    [one] Il reste un dernier point.
    [many] Avant de conclure, quelques points pratiques.
   *[other] Avant de conclure, quelques points pratiques.
}
# La clôture dite à voix haute, une phrase par type d’élément : montants sans
# centimes nuls, dates sans l’année, ni « n° » ni adresse électronique. Une facture
# échue est réclamée. $status : overdue, due-today ou due.
call-closeout-invoice = { $status ->
    [overdue] { $voice ->
        [we] La facture { $number }, de { $amount }, était à régler le { $due } et reste impayée{ $ask ->
            [no] .
           *[yes] {"\u202F"}; nous vous remercions de la régler au plus vite.
        }
       *[i] La facture { $number }, de { $amount }, était à régler le { $due } et reste impayée{ $ask ->
            [no] .
           *[yes] {"\u202F"}; je vous remercie de la régler au plus vite.
        }
    }
    [due-today] La facture { $number }, de { $amount }, est à régler aujourd’hui.
   *[due] La facture { $number }, de { $amount }, est à régler au plus tard le { $due }.
}
call-closeout-invoice-undated = Il reste la facture { $number }, de { $amount }, à régler.
# Après deux factures ou plus dans une même devise, quand la raison est le paiement.
call-closeout-owed = Soit { $amount } au total.
# Après deux factures échues ou plus ($count), dites sans demande : la demande, une fois.
call-closeout-pay-overdue = { $voice ->
    [we] Nous vous remercions de les régler au plus vite.
   *[i] Je vous remercie de les régler au plus vite.
}
# $items : les éléments d’adieu sous leur forme parlée (`item-….spoken`, avec
# l’article : « le rapport final »), joints comme une énumération (« a, b et c »)
# dans la phrase, sans deux-points ; $agreement : leur nombre, pour l’accord.
call-closeout-deliverables = { $voice ->
    [we] { $agreement ->
        [singular] Il nous reste à vous livrer { $items }.
       *[plural] Il nous reste à vous livrer { $items }.
    }
   *[i] { $agreement ->
        [singular] Il me reste à vous livrer { $items }.
       *[plural] Il me reste à vous livrer { $items }.
    }
}
call-closeout-handover = { $voice ->
    [we] { $agreement ->
        [singular] Nous vous transmettrons { $items }.
       *[plural] Nous vous transmettrons { $items }.
    }
   *[i] { $agreement ->
        [singular] Je vous transmettrai { $items }.
       *[plural] Je vous transmettrai { $items }.
    }
}
call-closeout-data = { $data ->
    [return] { $voice ->
        [we] Nous vous restituerons l’intégralité de vos fichiers et données.
       *[i] Je vous restituerai l’intégralité de vos fichiers et données.
    }
    [delete] { $voice ->
        [we] Une fois la passation terminée, nous supprimerons vos fichiers et données de manière sécurisée.
       *[i] Une fois la passation terminée, je supprimerai vos fichiers et données de manière sécurisée.
    }
   *[keep-as-required] { $voice ->
        [we] Nous ne conserverons vos fichiers et données que le temps exigé par la loi.
       *[i] Je ne conserverai vos fichiers et données que le temps exigé par la loi.
    }
}
call-closeout-refund = { $voice ->
    [we] Nous vous rembourserons le montant versé d’avance et non utilisé, soit { $amount }.
   *[i] Je vous rembourserai le montant versé d’avance et non utilisé, soit { $amount }.
}
# $agreement : le nombre de ce que disent les éléments (un seul, au singulier ou au
# pluriel, ou plusieurs), pour l’accord.
call-closeout-continuing = { $agreement ->
    [singular] Après la fin de notre collaboration, { $items } reste en vigueur.
   *[plural] Après la fin de notre collaboration, { $items } restent en vigueur.
}
# Les introductions des trois phrases ci-dessus quand un élément est écrit par
# l’utilisateur (ou contient une virgule) : le nom d’adieu porte l’accord, et
# chaque élément suit sur sa propre ligne.
call-closeout-deliverables-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Il nous reste à vous livrer{"\u202F"}:
        [many] Il nous reste à vous livrer les éléments suivants{"\u202F"}:
       *[other] Il nous reste à vous livrer les éléments suivants{"\u202F"}:
    }
   *[i] { PLURAL($count) ->
        [one] Il me reste à vous livrer{"\u202F"}:
        [many] Il me reste à vous livrer les éléments suivants{"\u202F"}:
       *[other] Il me reste à vous livrer les éléments suivants{"\u202F"}:
    }
}
call-closeout-handover-lead = { $voice ->
    [we] { PLURAL($count) ->
        [one] Nous vous transmettrons{"\u202F"}:
        [many] Nous vous transmettrons les éléments suivants{"\u202F"}:
       *[other] Nous vous transmettrons les éléments suivants{"\u202F"}:
    }
   *[i] { PLURAL($count) ->
        [one] Je vous transmettrai{"\u202F"}:
        [many] Je vous transmettrai les éléments suivants{"\u202F"}:
       *[other] Je vous transmettrai les éléments suivants{"\u202F"}:
    }
}
call-closeout-continuing-lead = { PLURAL($count) ->
    [one] Voici ce qui reste en vigueur après la fin de notre collaboration{"\u202F"}:
    [many] Les engagements suivants restent en vigueur après la fin de notre collaboration{"\u202F"}:
   *[other] Les engagements suivants restent en vigueur après la fin de notre collaboration{"\u202F"}:
}

## Pushback: calm answers that restate the decision without arguing

call-pushback = En cas d’objections
call-pushback-why = «{"\u202F"}Pourquoi{"\u202F"}?{"\u202F"}»
# $reason is the reason sentence, said again word for word.
call-pushback-why-answer = { $transition ->
    [none] { $reason } La décision est prise, et elle est définitive.
   *[some] { $reason } La décision est prise{"\u202F"}; ce qui compte à présent, c’est que la transition se passe au mieux pour vous.
}
call-pushback-fix = «{"\u202F"}Ne peut-on pas trouver une solution{"\u202F"}?{"\u202F"}»
call-pushback-fix-answer = { $transition ->
    [none] { $voice ->
        [we] Je l’entends bien, mais notre décision est définitive.
       *[i] Je l’entends bien, mais ma décision est définitive.
    }
   *[some] { $voice ->
        [we] Je l’entends bien, mais notre décision est définitive. Ce que nous pouvons faire, en revanche, c’est vous faciliter la transition autant que possible.
       *[i] Je l’entends bien, mais ma décision est définitive. Ce que je peux faire, en revanche, c’est vous faciliter la transition autant que possible.
    }
}
call-pushback-pay = «{"\u202F"}Et si nous vous payions davantage{"\u202F"}?{"\u202F"}»
call-pushback-pay-answer = { $reason ->
    [payment] Je vous remercie, mais notre décision est prise.
   *[capacity] Je vous remercie de votre proposition, mais ce n’est pas une question de prix. La décision reste inchangée.
}
call-pushback-invoice = «{"\u202F"}Nous ne paierons pas la dernière facture.{"\u202F"}»
# "J’en prends note", not "Je comprends" (heard as agreeing not to pay) nor
# "J’entends bien" (which calls for a "mais", and is said already in
# call-pushback-fix-answer).
call-pushback-invoice-answer = { $voice ->
    [we] J’en prends note. Cette facture reste néanmoins due. Nous vous en enverrons le détail, et nous répondrons volontiers par écrit à toute question à son sujet.
   *[i] J’en prends note. Cette facture reste néanmoins due. Je vous en enverrai le détail, et je répondrai volontiers par écrit à toute question à son sujet.
}
# "Vos engagements", not "le contrat": there may be none in writing.
call-pushback-breach = «{"\u202F"}Vous n’avez pas tenu vos engagements.{"\u202F"}»
call-pushback-breach-answer = { $voice ->
    [we] Je comprends que vous voyiez les choses ainsi. Si vous estimez qu’un engagement n’a pas été tenu, je vous invite à nous l’exposer en détail par écrit, et nous vous répondrons.
   *[i] Je comprends que vous voyiez les choses ainsi. Si vous estimez qu’un engagement n’a pas été tenu, je vous invite à me l’exposer en détail par écrit, et je vous répondrai.
}
call-pushback-legal = «{"\u202F"}Nous allons engager une action en justice.{"\u202F"}»
# Never "c’est votre droit" (heard as a dare), never "par ce biais" (heard as "in court").
call-pushback-legal-answer = J’en prends note. Je vous confirme tout cela par écrit dès aujourd’hui, et pour la suite, il me semble préférable que nous nous en tenions à l’écrit.
call-pushback-favour = «{"\u202F"}Vous pourriez juste vous occuper de ce dernier point{"\u202F"}?{"\u202F"}» ou «{"\u202F"}Ne pourrait-on pas continuer à travailler ensemble, de manière informelle{"\u202F"}?{"\u202F"}»
# $end is said as a spoken date, without the year. "Aucune nouvelle demande", never
# "plus rien": the handover, the warranty and other obligations still run. Until the
# end date the sender still owes what was agreed: refusing new requests "d’ici là"
# would commit them to a breach of the notice period.
call-pushback-favour-answer = { $kind ->
    [immediate] { $voice ->
        [we] Notre collaboration prend fin aujourd’hui{"\u202F"}: nous n’accepterons donc plus aucune nouvelle demande, ni officiellement ni officieusement.
       *[i] Notre collaboration prend fin aujourd’hui{"\u202F"}: je n’accepterai donc plus aucune nouvelle demande, ni officiellement ni officieusement.
    }
   *[other] { $voice ->
        [we] Jusqu’au { $end }, nous continuons d’assurer ce qui a été convenu. Au-delà, nous ne pourrons accepter aucune nouvelle demande, ni officiellement ni officieusement.
       *[i] Jusqu’au { $end }, je continue d’assurer ce qui a été convenu. Au-delà, je ne pourrai accepter aucune nouvelle demande, ni officiellement ni officieusement.
    }
}
call-pushback-upset = Colère ou contrariété
call-pushback-upset-answer = { $transition ->
    [none] Je comprends que ce ne soit pas une bonne nouvelle pour vous. Je vous confirme tout cela par écrit dès aujourd’hui.
   *[some] Je comprends que ce ne soit pas une bonne nouvelle pour vous. Je veillerai à ce que vous disposiez de tout le nécessaire pour la transition.
}
call-pushback-upset-hint = Restez calme, n’argumentez pas et n’ajoutez pas d’autres raisons. Si l’échange devient hostile, mettez-y fin poliment et confirmez par écrit.

## Ending the call and what follows

call-closing = Conclusion
call-closing-line = { $tone ->
    [warm] Je vous remercie pour cet échange, et plus encore pour tout ce que nous avons accompli ensemble. Je vous confirme tout cela par écrit dès aujourd’hui.
   *[neutral] Je vous remercie pour cet échange. Je vous confirme tout cela par écrit dès aujourd’hui.
}
call-after = Juste après l’appel
call-after-send = { $closeout ->
    [none] Envoyer dans la journée la confirmation écrite reprenant la date de fin ({ $end }).
   *[some] Envoyer dans la journée la confirmation écrite reprenant la date de fin ({ $end }) et les points à régler.
}
call-after-note = Noter la date et l’heure de l’appel, ainsi que tout ce qui a été dit ou convenu.
call-after-calendar = { $transition ->
    [none] Noter la date de fin dans le dossier du client.
   *[some] { $closeout ->
        [none] Inscrire dans votre agenda la date de fin.
       *[some] Inscrire dans votre agenda la date de fin et chacune des échéances de clôture.
    }
}
