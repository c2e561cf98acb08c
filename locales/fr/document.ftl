### adieu — français (France), registre de la correspondance d’affaires.
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
### Typography: {"\u202F"} is the narrow no-break space required before ; : ! ? and
### inside « »; {"\u00A0"} is the no-break space between a number and its unit and
### after "n°". Apostrophes are always the typographic ’ (U+2019).
### Sentences whose subject is the sender exist in both voices; no form agrees with
### the sender's gender (passé composé with avoir, "en mesure de", no adjectives).

## Letter head

# $subject is one of the three subjects below.
# A French letter introduces its subject line with "Objet :" (unlike English).
letter-subject = Objet{"\u202F"}: { $subject }
# The header of the second and later pages: to whom, the date, the page ($page).
letter-continuation = { $recipient } · { $date } · page { $page }
email-subject = Objet{"\u202F"}: { $subject }
subject = Fin de notre collaboration
subject-contract = Résiliation – «{"\u202F"}{ $contract }{"\u202F"}»
subject-contract-reference = Résiliation – «{"\u202F"}{ $contract }{"\u202F"}» (réf.{"\u00A0"}{ $reference })
# L’objet quand le contrat a une référence mais pas d’intitulé.
subject-reference = Résiliation du contrat réf.{"\u00A0"}{ $reference }
# $place is the sender's town, $date the long date. French writes "Paris, le 22 novembre 2026".
place-date = { $place }, le { $date }
# Sans lieu, la date seule s’écrit « Le 22 novembre 2026 ».
date-line = Le { $date }
# The contact's name in the recipient block. French (and La Poste's address standard)
# puts the form of address, written in full, before the name: "Monsieur Jean Dupont".
recipient = { $gender ->
    [female] Madame { $name }
    [male] Monsieur { $name }
   *[unspecified] { $name }
}
# The sender's contact lines in the letterhead and the email signature.
# "Courriel" is the French word for email; "Tél." the French abbreviation.
contact-email = Courriel{"\u202F"}: { $address }
contact-phone = Tél.{"\u202F"}: { $number }

## Salutation and closing

# French salutations never carry the name ("Madame Dupont," would be incorrect in a
# formal letter); the neutral form addresses both.
salutation = { $gender ->
    [female] Madame,
    [male] Monsieur,
   *[unspecified] Madame, Monsieur,
}
# The French closing is a full sentence that repeats the salutation's form of address
# and ends with a full stop. Warm: "cordiales salutations"; neutral: the standard
# "salutations distinguées"; firm: the more distant "Veuillez agréer". "Sentiments"
# is avoided on purpose (etiquette discourages it in some sender/recipient pairings,
# and the sender's gender is unknown).
closing = { $tone ->
    [warm] { $voice ->
        [we] Nous vous prions de recevoir, { $gender ->
            [female] Madame
            [male] Monsieur
           *[unspecified] Madame, Monsieur
        }, nos plus cordiales salutations.
       *[i] Je vous prie de recevoir, { $gender ->
            [female] Madame
            [male] Monsieur
           *[unspecified] Madame, Monsieur
        }, mes plus cordiales salutations.
    }
    [firm] Veuillez agréer, { $gender ->
        [female] Madame
        [male] Monsieur
       *[unspecified] Madame, Monsieur
    }, l’expression { $voice ->
        [we] de nos
       *[i] de mes
    } salutations distinguées.
   *[neutral] { $voice ->
        [we] Nous vous prions d’agréer, { $gender ->
            [female] Madame
            [male] Monsieur
           *[unspecified] Madame, Monsieur
        }, l’expression de nos salutations distinguées.
       *[i] Je vous prie d’agréer, { $gender ->
            [female] Madame
            [male] Monsieur
           *[unspecified] Madame, Monsieur
        }, l’expression de mes salutations distinguées.
    }
}
# Dans un courriel, une formule courte remplace la formule complète de la lettre.
email-closing = { $tone ->
    [warm] Bien cordialement,
    [firm] Salutations distinguées,
   *[neutral] Cordialement,
}

## The decision: always the first sentence

decision = { $tone ->
    [warm] { $voice ->
        [we] Après mûre réflexion, nous avons pris la décision de mettre fin à notre collaboration.
       *[i] Après mûre réflexion, j’ai pris la décision de mettre fin à notre collaboration.
    }
    [firm] { $voice ->
        [we] Nous vous informons par la présente que nous mettons fin à notre collaboration.
       *[i] Je vous informe par la présente que je mets fin à notre collaboration.
    }
   *[neutral] { $voice ->
        [we] Nous tenons à vous informer de notre décision de mettre fin à notre collaboration.
       *[i] Je tiens à vous informer de ma décision de mettre fin à notre collaboration.
    }
}
# The contract is cited with its date and reference when the case gives them:
# $dated and $referenced are yes or no.
# Avec $titled à yes, le titre dit déjà « Contrat… » : il est cité comme le nom du
# contrat, sans « le contrat … (« Contrat… ») ». Sinon, le titre suit « intitulé »,
# et non une parenthèse après « le contrat » (ronde 6b : « le contrat conclu le …
# (« Lettre de mission », réf. …) » nommait contrat une lettre de mission).
decision-contract = { $tone ->
    [warm] { $voice ->
        [we] Après mûre réflexion, nous avons pris la décision de mettre fin { $titled ->
            [yes] au
           *[no] au contrat
        }
       *[i] Après mûre réflexion, j’ai pris la décision de mettre fin { $titled ->
            [yes] au
           *[no] au contrat
        }
    }
    [firm] { $voice ->
        [we] Nous vous informons par la présente que nous résilions le{ $titled ->
            [yes] {""}
           *[no] {" "}contrat
        }
       *[i] Je vous informe par la présente que je résilie le{ $titled ->
            [yes] {""}
           *[no] {" "}contrat
        }
    }
   *[neutral] { $voice ->
        [we] Nous tenons à vous informer de notre décision de résilier le{ $titled ->
            [yes] {""}
           *[no] {" "}contrat
        }
       *[i] Je tiens à vous informer de ma décision de résilier le{ $titled ->
            [yes] {""}
           *[no] {" "}contrat
        }
    }
}{ $titled ->
    [yes] {" "}«{"\u202F"}{ $contract }{"\u202F"}»{ $dated ->
        [yes] {" "}conclu le { $signed }
       *[no] {""}
    }{ $referenced ->
        [yes] {" "}(réf.{"\u00A0"}{ $reference })
       *[no] {""}
    }.
   *[no] {" "}intitulé «{"\u202F"}{ $contract }{"\u202F"}»{ $dated ->
        [yes] , conclu le { $signed }
       *[no] {""}
    }{ $referenced ->
        [yes] {" "}(réf.{"\u00A0"}{ $reference })
       *[no] {""}
    }.
}
# Un contrat que le dossier cite par sa date ou sa référence, sans intitulé :
# « le contrat conclu le 16 mai 2022 (réf. MA-2022-014) », jamais omis.
decision-agreement = { $tone ->
    [warm] { $voice ->
        [we] Après mûre réflexion, nous avons pris la décision de mettre fin au contrat
       *[i] Après mûre réflexion, j’ai pris la décision de mettre fin au contrat
    }
    [firm] { $voice ->
        [we] Nous vous informons par la présente que nous résilions le contrat
       *[i] Je vous informe par la présente que je résilie le contrat
    }
   *[neutral] { $voice ->
        [we] Nous tenons à vous informer de notre décision de résilier le contrat
       *[i] Je tiens à vous informer de ma décision de résilier le contrat
    }
}{ $dated ->
    [yes] {" "}conclu le { $signed }
   *[no] {""}
}{ $referenced ->
    [yes] {" "}(réf.{"\u00A0"}{ $reference })
   *[no] {""}
}.

## The one reason, stated as a fact about the business or the fit

# "Dossier" rather than "compte": a French firm speaks of a client's file, not account.
reason-capacity = { $voice ->
    [we] Nous ne sommes plus en mesure d’accorder à votre dossier l’attention qu’il requiert.
   *[i] Je ne suis plus en mesure d’accorder à votre dossier l’attention qu’il requiert.
}
reason-fit = { $voice ->
    [we] Nos services ne correspondent plus à vos besoins.
   *[i] Mes services ne correspondent plus à vos besoins.
}
reason-direction = { $voice ->
    [we] Notre activité prend une nouvelle orientation et nous recentrons notre offre de services.
   *[i] Mon activité prend une nouvelle orientation et je recentre mon offre de services.
}
reason-outgrown = { $voice ->
    [we] Vos besoins dépassent désormais ce que nous pouvons vous proposer{"\u202F"}: une équipe plus étoffée ou un prestataire spécialisé saura mieux y répondre.
   *[i] Vos besoins dépassent désormais ce que je peux vous proposer{"\u202F"}: une équipe plus étoffée ou un prestataire spécialisé saura mieux y répondre.
}
reason-payment = { $voice ->
    [we] Les retards de règlement répétés ne nous permettent plus de poursuivre dans ces conditions.
   *[i] Les retards de règlement répétés ne me permettent plus de poursuivre dans ces conditions.
}
# "Collaboration" is left out: the decision, just before, already says it.
reason-conduct = Les conditions ne sont plus réunies pour travailler ensemble de manière constructive.
reason-ethics = { $voice ->
    [we] La poursuite de cette mission n’est pas compatible avec nos obligations professionnelles.
   *[i] La poursuite de cette mission n’est pas compatible avec mes obligations professionnelles.
}

## Notice and the last day

# CLDR French: [one] is 0 and 1 ("1 jour"), [many] the round millions ("1 000 000 de jours").
notice-days = À l’issue d’un préavis { $days ->
    [1] d’un{"\u00A0"}jour
   *[other] de { PLURAL($days) ->
        [one] { $days }{"\u00A0"}jour
        [many] { $days }{"\u00A0"}de jours
       *[other] { $days }{"\u00A0"}jours
    }
}, cette décision prendra effet le { $end }.
# "Cette décision", not "notre collaboration": the decision just before already says
# "collaboration", and a third one in three sentences reads as a form.
notice-until = Cette décision prendra effet le { $end }.
# $milestone is free text from the case file, e.g. "la livraison de la version 4.2".
notice-milestone = Cette décision prendra effet le { $end }, au terme de l’étape en cours, qui se conclura par { $milestone }.
notice-immediate = La résiliation prend effet immédiatement, soit à compter du { $end }.
transition = { $voice ->
    [we] D’ici là, nous assurerons nos prestations comme convenu.
   *[i] D’ici là, j’assurerai mes prestations comme convenu.
}

## Referral: never for conduct or ethics

# The colleague recommended: $name, with $company when $who is both, and $contact
# when $reach is some. Placed in referral-person ("… de vous adresser à Julien Moreau,
# (Moreau Web, julien@…)") and in the call's checklist. The company goes in the
# parenthesis: "chez Moreau Web" lacks the article a native adds, and "de" would have
# to elide before a vowel ("d’Atelier Martin"), while the company name is free text.
referral-colleague = { $name }{ $who ->
    [both] { $reach ->
        [some] {" "}({ $company }, { $contact })
       *[none] {" "}({ $company })
    }
   *[name] { $reach ->
        [some] {" "}({ $contact })
       *[none] {""}
    }
}
# $referral is referral-colleague: the name stands as written after "à".
# No "un confrère / une consœur", which would have to agree with the gender of the
# person recommended.
referral-person = { $voice ->
    [we] Pour la suite de vos projets, nous vous recommandons de vous adresser à { $referral }.
   *[i] Pour la suite de vos projets, je vous recommande de vous adresser à { $referral }.
}
# $provider is free text, e.g. "une agence web généraliste".
referral-provider = { $voice ->
    [we] Pour vos projets à venir, nous vous conseillons de vous tourner vers un autre type de prestataire{"\u202F"}: { $provider }.
   *[i] Pour vos projets à venir, je vous conseille de vous tourner vers un autre type de prestataire{"\u202F"}: { $provider }.
}

## Close-out: what remains to settle

# "Voici" needs no subject, so each wording serves both voices. "Ce qu’il reste"
# fits one item or several. No "collaboration" (the decision and the notice already
# say it) and no "s’achève dans de bonnes conditions": an immediate end has already
# taken effect, and after the conduct reason "les conditions ne sont plus réunies".
# "Pour", not "Afin": referral-person, just before, begins with "Afin".
closeout-intro = { $tone ->
    [warm] Pour vous faciliter la suite, voici ce qu’il reste à régler{"\u202F"}:
    [firm] Pour clore ce dossier, voici ce qu’il reste à régler{"\u202F"}:
   *[neutral] Voici ce qu’il reste à régler{"\u202F"}:
}
# $status : overdue (échue avant la date de la lettre), due-today ou due.
closeout-invoice = { $status ->
    [overdue] Facture n°{"\u00A0"}{ $number }{"\u202F"}: { $amount }, échue le { $due } et toujours impayée
    [due-today] Facture n°{"\u00A0"}{ $number }{"\u202F"}: { $amount }, à régler ce jour
   *[due] Facture n°{"\u00A0"}{ $number }{"\u202F"}: { $amount }, à régler au plus tard le { $due }
}
closeout-owed = Total restant dû{"\u202F"}: { $total }
# After the list, when $count invoices in it are overdue on the letter's date: the
# payment is asked for in so many words. "Je vous prie de bien vouloir" rather than
# "Je vous remercie de": the firm thanks that follow begin with "Je vous remercie".
# CLDR French: [one] is 0 and 1, [many] the round millions.
closeout-pay-overdue = { PLURAL($count) ->
    [one] { $voice ->
        [we] Nous vous prions de bien vouloir régler sans délai la facture échue.
       *[i] Je vous prie de bien vouloir régler sans délai la facture échue.
    }
    [many] { $voice ->
        [we] Nous vous prions de bien vouloir régler sans délai les factures échues.
       *[i] Je vous prie de bien vouloir régler sans délai les factures échues.
    }
   *[other] { $voice ->
        [we] Nous vous prions de bien vouloir régler sans délai les factures échues.
       *[i] Je vous prie de bien vouloir régler sans délai les factures échues.
    }
}
closeout-invoice-undated = Facture n°{"\u00A0"}{ $number }{"\u202F"}: { $amount }
closeout-deliverable = { $item }{"\u202F"}: livraison au plus tard le { $by }
closeout-deliverable-undated = À livrer{"\u202F"}: { $item }
# The label over two or more deliverables, each on a line of its own.
closeout-deliverable-group = À livrer{"\u202F"}:
# One line of that list: $item, then the date it arrives.
closeout-deliverable-item = { $item }, au plus tard le { $by }
closeout-handover = À vous transmettre{"\u202F"}: { $item }
# The label over two or more items to hand over, each on a line of its own.
closeout-handover-group = À vous transmettre{"\u202F"}:
closeout-data = { $data ->
    [return] Vos fichiers et données{"\u202F"}: restitués dans leur intégralité
    [delete] Vos fichiers et données{"\u202F"}: supprimés de manière sécurisée une fois la passation terminée
   *[keep-as-required] Vos fichiers et données{"\u202F"}: conservés uniquement pendant la durée exigée par la loi
}
# A retainer or a prepaid balance alike; "prépayé" suggests a phone card.
closeout-refund = Remboursement du montant versé d’avance et non utilisé{"\u202F"}: { $amount }
# Sans verbe : l’élément peut être au singulier ou au pluriel.
closeout-continuing = En vigueur après la fin de notre collaboration{"\u202F"}: { $item }
# The label over two or more items that stay in force, each on a line of its own.
# Sans verbe : le libellé peut ne précéder qu’un seul élément écrit par l’utilisateur.
closeout-continuing-group = En vigueur après la fin de notre collaboration{"\u202F"}:

## Un seul point à régler : une phrase au lieu de l’introduction et de la liste

# La facture seule. Échue, la même phrase en demande le règlement (pas de
# closeout-pay-overdue ensuite). $status : overdue, due-today ou due.
closeout-one-invoice = { $status ->
    [overdue] { $voice ->
        [we] La facture n°{"\u00A0"}{ $number }, d’un montant de { $amount }, est échue depuis le { $due } et reste impayée{"\u202F"}; nous vous prions de bien vouloir la régler sans délai.
       *[i] La facture n°{"\u00A0"}{ $number }, d’un montant de { $amount }, est échue depuis le { $due } et reste impayée{"\u202F"}; je vous prie de bien vouloir la régler sans délai.
    }
    [due-today] La facture n°{"\u00A0"}{ $number }, d’un montant de { $amount }, est à régler ce jour.
   *[due] La facture n°{"\u00A0"}{ $number }, d’un montant de { $amount }, est à régler au plus tard le { $due }.
}
closeout-one-invoice-undated = La facture n°{"\u00A0"}{ $number }, d’un montant de { $amount }, reste à régler.
# $item suit un deux-points : le texte de l’utilisateur reste tel qu’il l’a écrit.
closeout-one-deliverable = { $voice ->
    [we] Il nous reste à vous livrer, au plus tard le { $by }{"\u202F"}: { $item }.
   *[i] Il me reste à vous livrer, au plus tard le { $by }{"\u202F"}: { $item }.
}
closeout-one-deliverable-undated = { $voice ->
    [we] Il nous reste à vous livrer{"\u202F"}: { $item }.
   *[i] Il me reste à vous livrer{"\u202F"}: { $item }.
}
closeout-one-handover = { $voice ->
    [we] Il nous reste à vous transmettre{"\u202F"}: { $item }.
   *[i] Il me reste à vous transmettre{"\u202F"}: { $item }.
}
# Les fichiers et données seuls : il n’y a pas de passation à attendre.
closeout-one-data = { $data ->
    [return] { $voice ->
        [we] Nous vous restituerons l’intégralité de vos fichiers et données.
       *[i] Je vous restituerai l’intégralité de vos fichiers et données.
    }
    [delete] { $voice ->
        [we] Nous supprimerons vos fichiers et données de manière sécurisée après la fin de notre collaboration.
       *[i] Je supprimerai vos fichiers et données de manière sécurisée après la fin de notre collaboration.
    }
   *[keep-as-required] { $voice ->
        [we] Nous ne conserverons vos fichiers et données que pendant la durée exigée par la loi.
       *[i] Je ne conserverai vos fichiers et données que pendant la durée exigée par la loi.
    }
}
closeout-one-refund = { $voice ->
    [we] Nous vous rembourserons le montant versé d’avance et non utilisé, soit { $amount }.
   *[i] Je vous rembourserai le montant versé d’avance et non utilisé, soit { $amount }.
}
# « L’engagement suivant » porte l’accord : l’élément, singulier ou pluriel, suit le
# deux-points tel qu’il est écrit.
# $agreement : le nombre de l’élément lui-même (« Obligations de confidentialité »
# est au pluriel), pour l’accord.
closeout-one-continuing = { $agreement ->
    [singular] Après la fin de notre collaboration, l’engagement suivant demeure en vigueur{"\u202F"}: { $item }.
   *[plural] Après la fin de notre collaboration, les engagements suivants demeurent en vigueur{"\u202F"}: { $item }.
}
# Les introductions des quatre phrases ci-dessus quand l’élément est écrit par
# l’utilisateur{"\u202F"}: l’élément suit sur sa propre ligne.
closeout-one-deliverable-lead = { $voice ->
    [we] Il nous reste à vous livrer, au plus tard le { $by }{"\u202F"}:
   *[i] Il me reste à vous livrer, au plus tard le { $by }{"\u202F"}:
}
closeout-one-deliverable-undated-lead = { $voice ->
    [we] Il nous reste à vous livrer{"\u202F"}:
   *[i] Il me reste à vous livrer{"\u202F"}:
}
closeout-one-handover-lead = { $voice ->
    [we] Il nous reste à vous transmettre{"\u202F"}:
   *[i] Il me reste à vous transmettre{"\u202F"}:
}
# « Ce qui » ne s’accorde pas avec l’élément de l’utilisateur, singulier ou pluriel.
closeout-one-continuing-lead = Voici ce qui demeure en vigueur après la fin de notre collaboration{"\u202F"}:

## Thanks and a door left open for practical questions

# The firm thanks also have the sender as subject in French, hence both voices.
thanks = { $tone ->
    [warm] { $voice ->
        [we] Nous vous remercions sincèrement de la confiance que vous nous avez témoignée et du travail accompli ensemble.
       *[i] Je vous remercie sincèrement de la confiance que vous m’avez témoignée et du travail accompli ensemble.
    }
    [firm] { $voice ->
        [we] Nous vous remercions de votre compréhension.
       *[i] Je vous remercie de votre compréhension.
    }
   *[neutral] { $voice ->
        [we] Nous vous remercions de la confiance que vous nous avez accordée.
       *[i] Je vous remercie de la confiance que vous m’avez accordée.
    }
}
questions = { $closeout ->
    [none] { $voice ->
        [we] Pour toute question, vous pouvez nous joindre à l’adresse { $email }.
       *[i] Pour toute question, vous pouvez me joindre à l’adresse { $email }.
    }
   *[some] { $voice ->
        [we] Pour toute question sur les points ci-dessus, vous pouvez nous joindre à l’adresse { $email }.
       *[i] Pour toute question sur les points ci-dessus, vous pouvez me joindre à l’adresse { $email }.
    }
}
# The email's own closing line: the reader replies to it, so it gives no address
# (the sender's is already in the From line and in the signature).
questions-email = { $closeout ->
    [none] Pour toute question, vous pouvez répondre directement à ce message.
   *[some] Pour toute question sur les points ci-dessus, vous pouvez répondre directement à ce message.
}
