### adieu — français : le calendrier des dates à retenir (adieu calendar, adieu pack).
### Il est pour l’expéditeur, non pour le client : de brèves notes pour soi, à
### l’infinitif.
###   $client   la société du client, ou le nom du contact s’il n’y en a pas
###   $date     la date des documents, en toutes lettres
###   $end      le dernier jour, en toutes lettres

# Le nom du client suit un tiret : aucune préposition ne convient à tous les noms
# (« à Boulangeries Dupont SA », « avec Cabinet dentaire… »).
calendar-name = Fin de la collaboration{"\u00A0"}– { $client }
calendar-confirm = Confirmer par écrit la fin de la collaboration{"\u00A0"}– { $client }
calendar-confirm-note = Confirmation à envoyer aujourd’hui, par courrier ou par e-mail.
calendar-invoice = Échéance de la facture{"\u00A0"}{ $number } ({ $amount }){"\u00A0"}– { $client }
calendar-deliverable = Livrer «{"\u202F"}{ $item }{"\u202F"}»{"\u00A0"}– { $client }
calendar-last-day = Dernier jour de collaboration{"\u00A0"}– { $client }
# $ending : `immediate` quand le dernier jour est la date de la notification, sinon `later`.
calendar-context = { $ending ->
    [immediate] Fin de la collaboration avec effet immédiat{"\u202F"}: confirmation écrite et dernier jour le { $date }.
   *[later] Fin de la collaboration{"\u202F"}: confirmation écrite le { $date }, dernier jour le { $end }.
}
