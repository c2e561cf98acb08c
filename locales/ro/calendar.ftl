### adieu — română: calendarul datelor de reținut (adieu calendar, adieu pack). Este
### al expeditorului, nu al clientului: note scurte pentru sine.
### Numele clientului stă după două puncte sau după „către”, niciodată declinat.
###   $client   firma clientului sau, dacă nu există, numele persoanei de contact
###   $date     data documentelor, scrisă în litere
###   $end      ultima zi, scrisă în litere

calendar-name = Încheierea colaborării cu { $client }
calendar-confirm = Trimiterea confirmării scrise către { $client }
calendar-confirm-note = Confirmați astăzi decizia în scris, prin scrisoare sau prin e-mail.
calendar-invoice = Scadența facturii { $number } ({ $client }): { $amount }
calendar-deliverable = Livrare către { $client }: { $item }
calendar-last-day = Ultima zi de lucru cu { $client }
calendar-context = Notificarea încetării colaborării a fost trimisă către { $client } la { $date }; ultima zi: { $end }.
