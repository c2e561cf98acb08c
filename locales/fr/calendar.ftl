### adieu — français : le calendrier des dates à retenir (adieu calendar, adieu pack).
### Il est pour l’expéditeur, non pour le client : de brèves notes pour soi, à
### l’infinitif.
###   $client   la société du client, ou le nom du contact s’il n’y en a pas
###   $date     la date des documents, en toutes lettres
###   $end      le dernier jour, en toutes lettres

calendar-name = Fin de la collaboration avec { $client }
calendar-confirm = Envoyer la confirmation écrite à { $client }
calendar-confirm-note = Confirmer la décision par écrit aujourd’hui, par courrier ou par e-mail.
calendar-invoice = Échéance de la facture{"\u00A0"}{ $number } ({ $client }){"\u202F"}: { $amount }
calendar-deliverable = À livrer à { $client }{"\u202F"}: { $item }
calendar-last-day = Dernier jour de travail avec { $client }
calendar-context = Fin de la collaboration notifiée à { $client } le { $date }{"\u202F"}; dernier jour{"\u202F"}: { $end }.
