### adieu — français : les questions de `adieu new --interactive`.
### For the user of adieu, not for the client: the language of the user's terminal
### (LANG), which may differ from the language of the documents. Short, plain
### questions, one at a time; a question ends with a colon or a question mark.

interview-intro = Quelques questions sur le client et sur la fin de la collaboration{"\u202F"}; vos réponses seront enregistrées dans une fiche que vous pourrez modifier par la suite.
# Shown under every question: how to answer.
interview-keys = Entrée pour valider, Ctrl+C pour quitter sans enregistrer
interview-keys-optional = Laissez vide pour passer{"\u202F"}; Entrée pour valider, Ctrl+C pour quitter
interview-keys-choice = ↑↓ pour vous déplacer, Entrée pour choisir, Ctrl+C pour quitter
interview-keys-lines = Un élément par ligne{"\u202F"}; une ligne vide termine la liste
interview-keys-many = ↑↓ pour vous déplacer, Espace pour cocher, Entrée pour valider, Ctrl+C pour quitter
interview-yes = Oui
interview-no = Non

## The documents

interview-language = Dans quelle langue rédiger les documents{"\u202F"}?

## You

interview-sender-name = Votre nom complet, tel qu’il doit figurer dans la signature{"\u202F"}:
interview-sender-company = Votre entreprise (laissez vide si vous exercez en nom propre){"\u202F"}:
interview-sender-role = Votre fonction{"\u202F"}:
interview-sender-email = Votre adresse e-mail{"\u202F"}:
interview-sender-phone = Votre numéro de téléphone{"\u202F"}:
interview-sender-address = Votre adresse postale{"\u202F"}:
interview-sender-place = La ville d’où vous écrivez{"\u202F"}:

## The client

interview-client-company = L’entreprise du client (laissez vide s’il s’agit d’un particulier){"\u202F"}:
interview-contact-name = Le nom complet de la personne à qui vous écrivez{"\u202F"}:
# $name: the contact's full name, as just typed.
interview-contact-gender = Comment vous adresser à { $name } dans les documents{"\u202F"}?
interview-gender-female = Au féminin («{"\u202F"}Madame …{"\u202F"}»)
interview-gender-male = Au masculin («{"\u202F"}Monsieur …{"\u202F"}»)
interview-gender-unspecified = Sans préciser le genre (formule neutre, p. ex. «{"\u202F"}Madame, Monsieur{"\u202F"}»)
interview-client-email = L’adresse e-mail de { $name }{"\u202F"}:
interview-client-phone = Le numéro à appeler{"\u202F"}:
interview-client-address = L’adresse postale du client, pour un courrier{"\u202F"}:

## Why

interview-reason = Pourquoi mettez-vous fin à la collaboration{"\u202F"}?
interview-reason-capacity = Disponibilité{"\u202F"}: vous ne pouvez plus accorder à ce client l’attention nécessaire
interview-reason-fit = Adéquation{"\u202F"}: vos services ne répondent plus aux besoins du client
interview-reason-direction = Réorientation{"\u202F"}: votre activité prend une nouvelle direction
interview-reason-outgrown = Croissance{"\u202F"}: le client a besoin d’une équipe plus étoffée ou d’un spécialiste
interview-reason-payment = Paiements{"\u202F"}: retards ou contestations à répétition
interview-reason-conduct = Comportement{"\u202F"}: attitude agressive, insultante ou irrespectueuse
interview-reason-ethics = Éthique{"\u202F"}: les pratiques du client vous exposent à un risque juridique ou d’image
interview-tone = Quel ton adopter{"\u202F"}?
interview-tone-warm = Chaleureux{"\u202F"}: une longue relation en bons termes
interview-tone-neutral = Neutre{"\u202F"}: courtois et sobre
interview-tone-firm = Ferme{"\u202F"}: formel et concis

## The contract and the notice

interview-contract = Existe-t-il un contrat écrit{"\u202F"}?
interview-contract-title = L’intitulé du contrat{"\u202F"}:
interview-contract-reference = Sa référence{"\u202F"}:
interview-contract-signed = Sa date de signature (AAAA-MM-JJ){"\u202F"}:
interview-contract-notice = Le préavis prévu par le contrat, en jours{"\u202F"}:
interview-notice = Quel préavis accordez-vous{"\u202F"}?
interview-notice-days = Un nombre de jours
interview-notice-until = Jusqu’à une date précise
interview-notice-immediate = Aucun{"\u202F"}: la collaboration prend fin aujourd’hui
# $minimum: the contract's minimum notice in days, 0 when it gives none.
interview-notice-count = { $minimum ->
    [0] Combien de jours de préavis{"\u202F"}?
   *[other] Combien de jours de préavis (le contrat en impose au moins { $minimum }){"\u202F"}?
}
interview-notice-last-day = Le dernier jour de la collaboration (AAAA-MM-JJ){"\u202F"}:
interview-notice-milestone = La dernière étape des travaux à achever{"\u202F"}:

## Who can help the client next

interview-referral = Recommandez-vous quelqu’un au client{"\u202F"}?
interview-referral-person = Oui, une personne précise
interview-referral-kind = Oui, un type de prestataire à rechercher
interview-referral-none = Non
interview-referral-name = Le nom de la personne recommandée{"\u202F"}:
interview-referral-company = Son entreprise{"\u202F"}:
interview-referral-contact = Comment la joindre (e-mail, téléphone ou site web){"\u202F"}:
interview-referral-what = Le type de prestataire à rechercher (p. ex. «{"\u202F"}une agence généraliste{"\u202F"}»){"\u202F"}:

## What remains to settle

interview-invoice = Reste-t-il une facture à régler{"\u202F"}?
interview-invoice-another = Une autre facture{"\u202F"}?
interview-invoice-number = Le numéro de la facture{"\u202F"}:
interview-invoice-amount = Le montant (p. ex. 1200,00){"\u202F"}:
interview-invoice-currency = La devise (p. ex. EUR, GBP, USD){"\u202F"}:
interview-invoice-due = La date d’échéance (AAAA-MM-JJ){"\u202F"}:
interview-deliverable = Reste-t-il du travail à livrer{"\u202F"}?
interview-deliverable-another = Un autre livrable{"\u202F"}?
interview-deliverable-item = Ce qu’il reste à livrer{"\u202F"}:
interview-deliverable-by = La date de livraison (AAAA-MM-JJ){"\u202F"}:
# The catalogue's items, to tick; adieu writes them in the client's language.
interview-handover = Que transmettez-vous au client{"\u202F"}?
interview-data = Que deviennent les fichiers et les données du client{"\u202F"}?
interview-data-return = Ils sont restitués intégralement
interview-data-delete = Ils sont supprimés une fois la passation terminée
interview-data-keep-as-required = Ils ne sont conservés que le temps exigé par la loi
interview-data-none = Rien à préciser à leur sujet
interview-refund = Remboursez-vous une provision ou un solde payé d’avance{"\u202F"}?
interview-refund-amount = Le montant à rembourser{"\u202F"}:
interview-refund-currency = Sa devise{"\u202F"}:
interview-continuing = Qu’est-ce qui reste en vigueur après la fin de la collaboration{"\u202F"}?
interview-item-warranty = Garantie sur les travaux livrés (durée en jours à préciser)
interview-item-warranty-days = Combien de jours la garantie court-elle après la date de fin{"\u202F"}?
# After the ticked items: the user's own, in the language of the documents.
interview-other-items = D’autres éléments, à rédiger dans la langue des documents{"\u202F"}:

## The file

interview-file = Enregistrer la fiche sous{"\u202F"}:
# $file: the path of an existing file.
interview-file-exists = { $file } existe déjà. Choisissez un autre nom (adieu n’écrase jamais un fichier existant).
# $file: the case file just written.
interview-wrote = Fiche enregistrée dans { $file }{"\u202F"}: modifiez-la quand vous le souhaitez, puis générez de nouveau les documents.
# $dir: the folder the documents go into.
interview-render = Générer maintenant dans { $dir } le courrier, le brouillon d’e-mail, la trame d’appel et le calendrier{"\u202F"}?
# Under a question that needs an answer, when it was left empty.
interview-needed = Cette question est obligatoire.
# This language's name in itself, in the list of languages of the documents.
language-name = Français
