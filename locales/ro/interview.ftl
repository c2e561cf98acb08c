### adieu — română: întrebările din `adieu new --interactive`.
### For the user of adieu, not for the client: the language of the user's terminal
### (LANG), which may differ from the language of the documents. Short, plain
### questions, one at a time; a question ends with a colon or a question mark.

interview-intro = Câteva întrebări despre client și despre încheierea colaborării; pe baza răspunsurilor se creează un fișier de caz, pe care îl puteți modifica ulterior.
# Shown under every question: how to answer.
interview-keys = Enter pentru a confirma, Ctrl-C pentru a ieși fără a salva
interview-keys-optional = Lăsați gol pentru a sări peste întrebare; Enter pentru a confirma, Ctrl-C pentru a ieși
interview-keys-choice = ↑↓ pentru a vă deplasa, Enter pentru a alege, Ctrl-C pentru a ieși
interview-keys-lines = Câte un element pe fiecare rând; un rând gol încheie lista
interview-keys-many = ↑↓ pentru a vă deplasa, Spațiu pentru a bifa, Enter pentru a confirma, Ctrl-C pentru a ieși
interview-yes = Da
interview-no = Nu

## The documents

interview-language = În ce limbă să fie redactate documentele?

## You

interview-sender-name = Numele dumneavoastră complet, așa cum semnați:
interview-sender-company = Firma dumneavoastră (lăsați necompletat dacă lucrați în nume propriu):
interview-sender-role = Funcția dumneavoastră:
interview-sender-email = Adresa dumneavoastră de e-mail:
interview-sender-phone = Numărul dumneavoastră de telefon:
interview-sender-address = Adresa dumneavoastră poștală:
interview-sender-place = Localitatea din care scrieți:

## The client

interview-client-company = Firma clientului (lăsați necompletat dacă clientul este persoană fizică):
interview-contact-name = Numele complet al persoanei căreia îi scrieți:
# $name: the contact's full name, as just typed.
interview-contact-gender = Ce formulă de adresare să folosească documentele pentru { $name }?
interview-gender-female = Ca femeie („Stimată doamnă …”)
interview-gender-male = Ca bărbat („Stimate domnule …”)
interview-gender-unspecified = Fără a presupune genul (o formulă de adresare neutră)
interview-client-email = Adresa de e-mail a persoanei de contact ({ $name }):
interview-client-phone = Numărul la care sunați:
interview-client-address = Adresa poștală a clientului, pentru scrisoare:

## Why

interview-reason = De ce încheiați colaborarea?
interview-reason-capacity = Lipsă de disponibilitate: nu mai puteți acorda clientului atenția de care are nevoie
interview-reason-fit = Compatibilitate: serviciile dumneavoastră nu mai corespund nevoilor clientului
interview-reason-direction = Reorientare: activitatea dumneavoastră își schimbă direcția
interview-reason-outgrown = Creștere: clientul are nevoie de o echipă mai mare sau de un specialist
interview-reason-payment = Plăți: întârzieri repetate sau facturi contestate
interview-reason-conduct = Comportament: atitudine abuzivă sau lipsită de respect
interview-reason-ethics = Etică: practicile clientului vă expun unor riscuri juridice sau de imagine
interview-tone = Ce ton alegeți?
interview-tone-warm = Cordial: o relație îndelungată, în termeni buni
interview-tone-neutral = Neutru: politicos și sobru
interview-tone-firm = Ferm: formal și concis

## The contract and the notice

interview-contract = Există un contract scris?
interview-contract-title = Titlul contractului:
interview-contract-reference = Numărul contractului:
interview-contract-signed = Data semnării (AAAA-LL-ZZ, de ex. 2025-03-31):
interview-contract-notice = Preavizul prevăzut de contract, în zile:
interview-notice = Ce preaviz acordați?
interview-notice-days = Un număr de zile
interview-notice-until = Până la o anumită dată
interview-notice-immediate = Niciun preaviz: colaborarea se încheie astăzi
# $minimum: the contract's minimum notice in days, 0 when it gives none.
interview-notice-count = { $minimum ->
    [0] Câte zile de preaviz?
   *[other] Câte zile de preaviz? (contractul prevede cel puțin { $minimum })
}
interview-notice-last-day = Ultima zi de colaborare (AAAA-LL-ZZ, de ex. 2026-12-31):
interview-notice-milestone = Ultima etapă de lucru pe care o finalizați:

## Who can help the client next

interview-referral = Îi recomandați clientului pe cineva?
interview-referral-person = Da, o persoană anume
interview-referral-kind = Da, un tip de furnizor pe care să îl caute
interview-referral-none = Nu
interview-referral-name = Numele persoanei recomandate:
interview-referral-company = Firma persoanei recomandate:
interview-referral-contact = Datele de contact ale persoanei recomandate (e-mail, telefon sau site web):
interview-referral-what = Tipul de furnizor pe care să îl caute clientul (de ex. „o agenție cu servicii complete”):

## What remains to settle

interview-invoice = Există vreo factură neachitată?
interview-invoice-another = Încă o factură?
interview-invoice-number = Numărul facturii:
interview-invoice-amount = Suma, fără separatorul de mii (de ex. 1200,00):
interview-invoice-currency = Moneda (de ex. RON, EUR, USD):
interview-invoice-due = Data scadenței (AAAA-LL-ZZ, de ex. 2026-12-31):
interview-deliverable = Mai sunt lucrări de livrat?
interview-deliverable-another = Încă o livrare?
interview-deliverable-item = Ce veți livra?
interview-deliverable-by = Data livrării (AAAA-LL-ZZ, de ex. 2026-12-31):
# The catalogue's items, to tick; adieu writes them in the client's language.
interview-handover = Ce predați clientului?
interview-data = Ce se întâmplă cu fișierele și datele clientului?
interview-data-return = Sunt returnate integral
interview-data-delete = Sunt șterse după finalizarea predării
interview-data-keep-as-required = Sunt păstrate doar atât timp cât o cere legea
interview-data-none = Nimic de precizat în această privință
interview-refund = Restituiți clientului vreo sumă plătită în avans?
interview-refund-amount = Suma de restituit:
interview-refund-currency = Moneda:
interview-continuing = Ce rămâne în vigoare după data încetării?
interview-item-warranty = Garanția pentru lucrările livrate, pe un anumit număr de zile
interview-item-warranty-days = Câte zile durează garanția după data încetării?
# After the ticked items: the user's own, in the language of the documents.
interview-other-items = Alte elemente (scrieți-le în limba documentelor):

## The file

interview-file = Salvați fișierul de caz ca:
# $file: the path of an existing file.
interview-file-exists = { $file } există deja. Alegeți alt nume (adieu nu suprascrie niciodată un fișier).
# $file: the case file just written.
interview-wrote = Fișierul { $file } a fost salvat: îl puteți modifica oricând și apoi puteți genera din nou documentele.
# $dir: the folder the documents go into.
interview-render = Generați acum scrisoarea, ciorna e-mailului, scenariul apelului și calendarul în { $dir }?
# Under a question that needs an answer, when it was left empty.
interview-needed = Această întrebare este obligatorie.
# This language's name in itself, in the list of languages of the documents.
language-name = Română
