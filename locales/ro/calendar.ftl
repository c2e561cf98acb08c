### adieu — română: calendarul datelor de reținut (adieu calendar, adieu pack). Este
### al expeditorului, nu al clientului: note scurte pentru sine.
### Numele clientului stă după două puncte sau după „către”, niciodată declinat.
###   $client   firma clientului sau, dacă nu există, numele persoanei de contact
###   $date     data documentelor, scrisă în litere
###   $end      ultima zi, scrisă în litere

calendar-name = Încetarea colaborării cu { $client }
calendar-confirm = Trimiterea notificării de încetare către { $client }
calendar-confirm-note = Trimiteți astăzi notificarea scrisă de încetare a colaborării, prin scrisoare sau prin e-mail.
calendar-invoice = Scadența facturii { $number } ({ $client }): { $amount }
calendar-deliverable = Termenul de predare pentru { $client }: { $item }
calendar-last-day = Ultima zi de colaborare cu { $client }
# $ending: `immediate` când ultima zi este data notificării, altfel `later`.
calendar-context = { $ending ->
    [immediate] Data notificării și ultima zi de colaborare: { $date } (cu efect imediat).
   *[later] Data notificării: { $date }; ultima zi de colaborare: { $end }.
}
