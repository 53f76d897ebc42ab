import { MESSAGES } from "../domain/register/registerMessages";
import {
  BELOW_THRESHOLD_WARNING,
  INVALID_DEBTOR_SIRET,
  INVALID_ISSUER_SIRET,
  MISSING_DEBTOR_SIRET,
  MISSING_ENGAGEMENT,
  MISSING_SERVICE_CODE,
  MISSING_SETTINGS,
} from "../domain/statements/messages";

/*
 * The domain writes its messages in French (RULES.md; the cells of the custom functions show them
 * as they are, for Excel's French users). The English pane shows those it displays in English
 * through this table: each French message, or template of one, beside its English text. A
 * template's {name} stands for a part that varies (a row, a year, a value typed by the user); the
 * English text repeats it. {name#} is a part made of digits only; {name~} marks a part that is
 * itself a French phrase of the domain, put through the table again. A French message the table does not know is shown as it is: English
 * readers then see the French, never a wrong translation. Constants are taken from the domain
 * itself, so a reworded constant keeps its English text; the templates are checked against the
 * domain's own functions by test/taskpane/domainMessages.test.ts.
 */

/** A French message or template, and its English text. */
type Entry = readonly [french: string, english: string];

const OFFICER_LAW =
  "chaque titre porte le prénom, le nom et la qualité de la personne qui l'a émis (CGCT L1617-5, 4°)";
const ACCOUNT_WHY = "c'est sur ce compte que le débiteur paie, par virement";

const CONSTANTS: readonly Entry[] = [
  // Reading the register's cells and tables
  [MESSAGES.required, "a value is required."],
  [MESSAGES.wholeNumber, "a whole number of pupils is expected, zero or more (for example 1209)."],
  [MESSAGES.year, "a year is expected (for example 2025)."],
  [MESSAGES.date, "a date is expected (DD/MM/YYYY, for example 01/01/2024)."],
  [
    MESSAGES.amount,
    "an amount in euros is expected, zero or more, with at most two decimals (for example 1571,70).",
  ],
  [MESSAGES.yesNo, "yes or no is expected (oui, non, VRAI, FAUX, x, or blank for no)."],
  [MESSAGES.companyNumber, "a SIRET number is expected (14 digits)."],
  [
    MESSAGES.memberType,
    "type expected: commune, epci (or intercommunalité, communauté…) or autre.",
  ],
  [MESSAGES.status, "status expected: émis or annulé (blank for émis)."],
  [
    MESSAGES.noMembersTable,
    "table « Membres » not found: create an Excel table named Membres (Nom, Type, SIRET, Date d'effet, Élèves…).",
  ],
  [MESSAGES.noMembers, "the Membres table holds no member."],
  [
    MESSAGES.missingIssuer,
    "the issuer's name (Émetteur) is required: it is printed on every contribution statement.",
  ],
  [MESSAGES.missingIssuerSiret, "the issuer's SIRET is missing: the statements will not show one."],
  [
    MESSAGES.delegationYesNo,
    "say for whom the ordonnateur signs by delegation, with the article (for example le Président), or leave it blank when they sign in their own name.",
  ],
  [
    MESSAGES.paymentDays,
    "a payment period in days is expected: a whole number from 1 to 365 (for example 30), counted from the date of issue.",
  ],
  [
    MESSAGES.ibanCharacters,
    "invalid IBAN: letters and digits are expected (spaces between the groups are allowed), for example FR76 3000 1005 9400 0005 9400 031.",
  ],
  [
    MESSAGES.ibanCountry,
    "invalid IBAN: it starts with the country code and two check digits (for example FR76).",
  ],
  [
    MESSAGES.ibanChecksum,
    "invalid IBAN: the check digits (the two digits after the country code) do not match the rest of the number (ISO 13616); a character was copied wrong, check it on the accountant's bank details.",
  ],
  [
    MESSAGES.bicShape,
    "invalid BIC: 8 or 11 letters and digits are expected (ISO 9362: 4 for the bank, 2 letters for the country, 2 for the location, then 3 optional for the branch; for example BDFEFRPPCCT).",
  ],
  [MESSAGES.siretCheck, "invalid SIRET: the check digit (Luhn) is wrong; check the number."],
  [
    MESSAGES.siretCheckExisting,
    "the check digit (Luhn) of this SIRET is wrong; the member was already billed with it, so it is kept, but check it (SIRENE directory).",
  ],
  [
    MESSAGES.issuerSiretCheck,
    "the check digit (Luhn) of the issuer's SIRET is wrong; it is kept, but check it.",
  ],
  [
    MESSAGES.sirenCheck,
    "invalid SIRET: the check digit (Luhn) of its SIREN, its first 9 digits, is wrong; check the number.",
  ],
  [
    MESSAGES.sirenCheckExisting,
    "the check digit (Luhn) of this SIRET's SIREN, its first 9 digits, is wrong; the member was already billed with it, so it is kept, but check it (SIRENE directory).",
  ],
  [
    MESSAGES.issuerSirenCheck,
    "the check digit (Luhn) of the SIREN of the issuer's SIRET, its first 9 digits, is wrong; it is kept, but check it.",
  ],
  [
    MESSAGES.badUai,
    "invalid UAI: 7 digits and a check letter are expected (for example 0951099D); check the code.",
  ],
  [
    MESSAGES.missingServiceCode,
    "a service code is required for this member (Chorus Pro): fill it in, or put non in « Code service obligatoire ».",
  ],
  [
    MESSAGES.missingEngagement,
    "an engagement number is required for this member (Chorus Pro): fill it in, or put non in « Engagement obligatoire ».",
  ],
  [MESSAGES.unknownMember, "unknown member: no member of this name in the Membres table."],
  [
    MESSAGES.ignoredColumn,
    "This column is not read by the register (a warning only), but the formula that failed may feed others.",
  ],
  [
    ` ${MESSAGES.ignoredColumn}`,
    " This column is not read by the register (a warning only), but the formula that failed may feed others.",
  ],
  ["", ""],
  [
    MESSAGES.partYearSetting,
    "« Année partielle » expects année entière (the contribution of a member who joins or leaves during the exercise is owed for the whole year, RULES §2.4: a blank cell says so too) or prorata des mois (it is owed for the months of membership counted from the dates of effect and withdrawal, a month begun counting in full).",
  ],
  ["colonne obligatoire absente de l'en-tête.", "required column missing from the header."],

  // The statements
  ["nouveau", "new"],
  ["déjà émis", "already issued"],
  [
    "année entière facturée (indiquez mois=N dans les options pour une année partielle)",
    "whole year billed (give mois=N in the options for part of a year)",
  ],
  [BELOW_THRESHOLD_WARNING, "below 15 €: not put into recovery (CGCT D1611-1)"],
  [MISSING_DEBTOR_SIRET, "the debtor's SIRET is missing"],
  [INVALID_DEBTOR_SIRET, "the debtor's SIRET is invalid (check digit)"],
  [MISSING_SERVICE_CODE, "service code required by the debtor but missing (Chorus Pro)"],
  [MISSING_ENGAGEMENT, "engagement number required by the debtor but missing (Chorus Pro)"],
  [
    MISSING_SETTINGS,
    "The issuer's settings are missing (name, address, SIRET, ordonnateur, public accountant, IBAN and BIC, VAT mention, payment terms): fill in the settings table before generating the statements.",
  ],
  [INVALID_ISSUER_SIRET, "The issuer's SIRET is invalid (check digit): check the settings table."],
  [
    "Le registre contient des erreurs : corrigez-les avant de générer les appels.",
    "The register has errors: fix them before generating the statements.",
  ],

  // The sharing of net charges (RULES.md §5)
  [
    "Département inconnu : il doit être un membre de la table Membres (nom identique), qui porte son adresse et son SIRET sur l'avis.",
    "unknown Département: it must be a member of the Membres table (same name), which gives its address and SIRET on the statement.",
  ],
  [
    "ce membre est appelé pour ses collèges au prix du marché (charte, art. 4.3) : ses élèves ne sont pas comptés dans le partage des charges.",
    "this member is billed for its collèges at the market price (charte, art. 4.3): its pupils are not counted in the sharing of the charges.",
  ],
  [
    "aucun élève bénéficiaire chez aucun membre : l'assiette ne peut pas être partagée.",
    "no member has any beneficiary pupil: the base cannot be shared.",
  ],
  [
    "tableau « Charges » introuvable : le partage des charges nettes lit les paiements de l'année scolaire dans un tableau Excel nommé Charges (Rubrique, Fournisseur, Référence du paiement, Date de paiement, Montant).",
    "table « Charges » not found: the sharing of net charges reads the payments of the school year from an Excel table named Charges (Rubrique, Fournisseur, Référence du paiement, Date de paiement, Montant).",
  ],
  [
    "mode d'appel inconnu : écrivez « barème » (tarif par élève, par défaut) ou « partage des charges nettes » (charges nettes partagées au prorata des élèves, RULES.md §5).",
    "unknown Mode d'appel: write « barème » (a rate per pupil, the default) or « partage des charges nettes » (net charges shared in proportion to pupils, RULES.md §5).",
  ],
  [
    "« FEDER obtenu » ne sert qu'au partage des charges nettes (Mode d'appel) : au barème, il n'est pas déduit. Pour déduire le FEDER d'un membre au barème, écrivez feder=… dans ses options.",
    "« FEDER obtenu » is used only by the sharing of net charges (Mode d'appel): with the barème, it is not deducted. To deduct a member's FEDER with the barème, write feder=… in its options.",
  ],
  [
    "aucun FEDER obtenu n'est indiqué pour l'année scolaire : rien n'est déduit des charges. Ajoutez la ligne « FEDER obtenu » avec le montant (0 s'il n'y en a pas).",
    "no FEDER obtenu is given for the school year: nothing is deducted from the charges. Add the row « FEDER obtenu » with the amount (0 if there is none).",
  ],
  [
    "Les charges et le FEDER sont des montants positifs ou nuls.",
    "The charges and the FEDER are amounts of zero or more.",
  ],
  [
    "Aucun élève bénéficiaire : l'assiette ne peut pas être partagée.",
    "No beneficiary pupil: the base cannot be shared.",
  ],
  [
    "Le nombre total d'élèves (eleves_total) est 0 : l'assiette ne peut pas être partagée.",
    "The total number of pupils (eleves_total) is 0: the base cannot be shared.",
  ],
  ["Le nombre d'élèves bénéficiaires", "The number of beneficiary pupils"],
  ["Le nombre d'élèves du membre (eleves_membre)", "The member's number of pupils (eleves_membre)"],
  ["Le nombre total d'élèves (eleves_total)", "The total number of pupils (eleves_total)"],

  // The PES file (pesProblems.ts)
  [
    "Aucun titre nouveau à transmettre : tous les appels sont déjà émis ou inférieurs à 15 €.",
    "No new titre to send: every statement is already issued or below 15 €.",
  ],
  [
    "le SIRET du syndicat, identifiant du budget dans Hélios (IdColl)",
    "the syndicate's SIRET, the budget's identifier in Hélios (IdColl)",
  ],
  [
    "le codique du poste comptable, 6 ou 7 chiffres (IdPost)",
    "the codique of the poste comptable, 6 or 7 digits (IdPost)",
  ],
  [
    "le code collectivité dans Hélios, 3 chiffres (CodCol)",
    "the code collectivité in Hélios, 3 digits (CodCol)",
  ],
  [
    "le code budget dans Hélios, 2 caractères (CodBud)",
    "the code budget in Hélios, 2 characters (CodBud)",
  ],
  [
    "le compte nature où la contribution est imputée, en chiffres (Nature)",
    "the nature account the contribution is charged to, in digits (Nature)",
  ],
  [
    "le code produit local convenu avec le comptable, 1 à 4 lettres ou chiffres (CodProdLoc)",
    "the local product code agreed with the accountant, 1 to 4 letters or digits (CodProdLoc)",
  ],

  // Options (optionValues.ts, parseOptions.ts, resolveOptions.ts), parts put through again
  ["aucune valeur", "no value"],
  ["un nombre entier positif ou nul d'écoles", "a whole number of schools, zero or more"],
  ["un nombre entier positif ou nul de demi-journées", "a whole number of half-days, zero or more"],
  ["un nombre entier de mois, de 1 à 12", "a whole number of months, from 1 to 12"],

  // Parts of messages (put through the table again, {name~})
  [
    "le prénom de la personne qui émet les titres, l'ordonnateur (par exemple Jean)",
    "the first name of the person who issues the titres, the ordonnateur (for example Jean)",
  ],
  [
    "le nom de la personne qui émet les titres, l'ordonnateur (par exemple Martin)",
    "the surname of the person who issues the titres, the ordonnateur (for example Martin)",
  ],
  [
    "la qualité de l'ordonnateur (par exemple Le Président ; s'il signe par délégation, la sienne, par exemple Vice-présidente chargée des finances)",
    "the ordonnateur's title (for example Le Président; when they sign by delegation, their own, for example Vice-présidente chargée des finances)",
  ],
  [
    "le nom du comptable public qui encaisse, le comptable assignataire (par exemple Service de gestion comptable de Lille)",
    "the name of the public accountant who collects, the comptable assignataire (for example Service de gestion comptable de Lille)",
  ],
  [
    "l'adresse postale du comptable assignataire",
    "the postal address of the comptable assignataire",
  ],
  [
    "l'IBAN du compte du comptable assignataire (par exemple FR76 3000 1005 9400 0005 9400 031)",
    "the IBAN of the comptable assignataire's account (for example FR76 3000 1005 9400 0005 9400 031)",
  ],
  [
    "le BIC du compte du comptable assignataire (par exemple BDFEFRPPCCT)",
    "the BIC of the comptable assignataire's account (for example BDFEFRPPCCT)",
  ],
  [
    OFFICER_LAW,
    "every titre shows the first name, surname and title of the person who issued it (CGCT L1617-5, 4°)",
  ],
  ["l'avis dit au débiteur à qui il paie", "the statement tells the debtor whom to pay"],
  [
    "l'avis dit au débiteur où joindre le comptable qui encaisse",
    "the statement tells the debtor where to reach the accountant who collects",
  ],
  [ACCOUNT_WHY, "the debtor pays into this account, by transfer"],
  // What an Excel error value usually means (excelErrorValue.ts)
  ["une formule vise une cellule supprimée", "a formula refers to a deleted cell"],
  [
    "une recherche (RECHERCHEV, EQUIV…) n'a rien trouvé",
    "a lookup (VLOOKUP, MATCH…) found nothing",
  ],
  [
    "une formule calcule sur une valeur du mauvais type",
    "a formula computes on a value of the wrong type",
  ],
  ["une formule divise par zéro", "a formula divides by zero"],
  [
    "une formule cite une fonction ou un nom inconnu",
    "a formula names an unknown function or name",
  ],
  ["une formule donne un nombre impossible", "a formula gives an impossible number"],
  [
    "une formule croise deux plages sans cellule commune",
    "a formula intersects two ranges with no cell in common",
  ],
  ["le résultat d'une formule ne peut pas s'étendre", "a formula's result cannot spill"],
  ["une formule ne peut pas être calculée", "a formula cannot be calculated"],
];

const TEMPLATES: readonly Entry[] = [
  // The register
  [
    "paramètre inconnu, ignoré. Paramètres acceptés : {accepted}.",
    "unknown setting, ignored. Settings accepted: {accepted}.",
  ],
  ["paramètre en double (déjà ligne {row}).", "setting given twice (already row {row})."],
  [
    "renseignez la valeur de « {label} » avec {what~} : {why~}.",
    "fill in the value of « {label} » with {what~}: {why~}.",
  ],
  [
    "ajoutez la ligne « {label} » avec {what~} : {why~}.",
    "add the row « {label} » with {what~}: {why~}.",
  ],
  [
    "« Délai de paiement » contient un texte : il est lu comme les conditions de paiement, comme avant, et l'échéance est à {days} jours de la date d'émission. Renommez cette ligne « Conditions de paiement » et ajoutez une ligne « Délai de paiement (jours) » avec le nombre de jours.",
    "« Délai de paiement » holds a text: it is read as the payment terms, as before, and the due date is {days} days after the date of issue. Rename this row « Conditions de paiement » and add a row « Délai de paiement (jours) » with the number of days.",
  ],
  [
    "les conditions de paiement parlent de {terms} jours, mais le délai de paiement est de {days} jours : l'échéance imprimée suit le délai ({days} jours) ; mettez les deux d'accord.",
    "the payment terms speak of {terms} days, but the payment period is {days} days: the due date printed follows the period ({days} days); make the two agree.",
  ],
  [
    "IBAN invalide : de 15 à 34 caractères attendus pour un IBAN {country} (reçu {actual}, espaces non comptés) ; vérifiez qu'il n'en manque ni n'en a de trop.",
    "invalid IBAN: 15 to 34 characters expected for a {country} IBAN (got {actual}, spaces not counted); check that none is missing or extra.",
  ],
  [
    "IBAN invalide : {expected} caractères attendus pour un IBAN {country} (reçu {actual}, espaces non comptés) ; vérifiez qu'il n'en manque ni n'en a de trop.",
    "invalid IBAN: {expected} characters expected for a {country} IBAN (got {actual}, spaces not counted); check that none is missing or extra.",
  ],
  [
    "SIRET invalide : 14 chiffres attendus (reçu {length} caractère{s}).",
    "invalid SIRET: 14 digits expected (got {length} character{s}).",
  ],
  [
    "SIRET obligatoire : le membre doit la contribution {year} et l'avis porte le SIRET du débiteur.",
    "SIRET required: the member owes the {year} contribution and the statement shows the debtor's SIRET.",
  ],
  ["UAI en double (déjà ligne {row}).", "UAI given twice (already row {row})."],
  [
    "membre en double : même nom qu'à la ligne {row}.",
    "member given twice: same name as row {row}.",
  ],
  [
    "membre en double : même SIRET qu'à la ligne {row}.",
    "member given twice: same SIRET as row {row}.",
  ],
  [
    "numéro d'avis en double pour l'exercice {year} (déjà ligne {row}) : un numéro n'est jamais réutilisé.",
    "statement number given twice for the {year} exercise (already row {row}): a number is never used again.",
  ],
  [
    "la date de retrait précède la date d'effet du transfert ({date}).",
    "the withdrawal date comes before the date the transfer took effect ({date}).",
  ],
  [
    "le transfert prend effet le {date}, en cours d'exercice : la contribution {year} est due pour l'année entière (RULES §2.4), sauf si les options de {year} disent mois=N (ici mois={months}) : écrivez-le pour {year} dans le tableau « Options par exercice », ou mettez « Année partielle » à prorata des mois dans les Paramètres.",
    "the transfer takes effect on {date}, during the exercise: the {year} contribution is owed for the whole year (RULES §2.4), unless the options of {year} say mois=N (here mois={months}): write it for {year} in the « Options par exercice » table, or set « Année partielle » to prorata des mois in the Paramètres.",
  ],
  [
    "le retrait prend effet le {date}, en cours d'exercice : la contribution {year} est due pour l'année entière (RULES §2.4), sauf si les options de {year} disent mois=N (ici mois={months}) : écrivez-le pour {year} dans le tableau « Options par exercice », ou mettez « Année partielle » à prorata des mois dans les Paramètres.",
    "the withdrawal takes effect on {date}, during the exercise: the {year} contribution is owed for the whole year (RULES §2.4), unless the options of {year} say mois=N (here mois={months}): write it for {year} in the « Options par exercice » table, or set « Année partielle » to prorata des mois in the Paramètres.",
  ],
  [
    "mois={months} pour {year}, mais le membre adhère toute l'année {year} (transfert au {transfer}, pas de retrait dans l'année) : seuls {months}/12 de l'année sont facturés. Vérifiez que c'est voulu (avertissement seulement).",
    "mois={months} for {year}, but the member belongs for the whole of {year} (transfer on {transfer}, no withdrawal in the year): only {months}/12 of the year are billed. Check that this is intended (warning only).",
  ],
  [
    "mois={months} pour {year}, mais le membre adhère toute l'année {year} : seuls {months}/12 de l'année sont facturés. Vérifiez que c'est voulu (avertissement seulement).",
    "mois={months} for {year}, but the member belongs for the whole of {year}: only {months}/12 of the year are billed. Check that this is intended (warning only).",
  ],
  [
    "mois={months} dans les options du membre vaut pour chaque exercice, mais en {year} le membre adhère toute l'année (transfert au {transfer}) : {months}/12 seulement seraient facturés. Retirez mois={months} de cette cellule et écrivez-le dans le tableau « Options par exercice » pour le seul exercice de l'adhésion ou du retrait.",
    "mois={months} in the member's options applies to every exercise, but in {year} the member belongs for the whole year (transfer on {transfer}): only {months}/12 would be billed. Remove mois={months} from this cell and write it in the « Options par exercice » table for the exercise of the joining or withdrawal alone.",
  ],
  [
    "mois={months} dans les options du membre vaut pour chaque exercice, mais en {year} le membre adhère toute l'année : {months}/12 seulement seraient facturés. Retirez mois={months} de cette cellule et écrivez-le dans le tableau « Options par exercice » pour le seul exercice de l'adhésion ou du retrait.",
    "mois={months} in the member's options applies to every exercise, but in {year} the member belongs for the whole year: only {months}/12 would be billed. Remove mois={months} from this cell and write it in the « Options par exercice » table for the exercise of the joining or withdrawal alone.",
  ],
  [
    "mois={given} pour {year}, alors que les dates d'effet et de retrait donnent {months} mois d'adhésion (un mois commencé comptant en entier) : {given}/12 sont facturés, vérifiez.",
    "mois={given} for {year}, whereas the dates of effect and withdrawal give {months} months of membership (a month begun counting in full): {given}/12 are billed, check.",
  ],
  [
    "{year#} est un nombre, pas une date : une année seule n'est pas une date (Excel la lit comme le {shown}). Tapez la date complète, par exemple 01/01/{year}.",
    "{year} is a number, not a date: a year alone is not a date (Excel reads it as {shown}). Type the full date, for example 01/01/{year}.",
  ],
  [
    "{number} est un nombre, pas une date : Excel le lit comme le {shown}, avant 2000, ce qui ne peut pas être une date d'adhésion ou de retrait au syndicat. Tapez la date, par exemple 01/01/2024.",
    "{number} is a number, not a date: Excel reads it as {shown}, before 2000, which cannot be a date of joining or leaving the syndicate. Type the date, for example 01/01/2024.",
  ],
  [
    "nombre d'élèves impossible : plus que les {limit} élèves du premier degré de toute la région Hauts-de-France (délibération DEL/2023/AE/135 de la ville de Hem). Vérifiez la cellule (une formule, un collage, des zéros en trop).",
    "impossible number of pupils: more than the {limit} primary pupils of the whole Hauts-de-France region (deliberation DEL/2023/AE/135 of the town of Hem). Check the cell (a formula, a paste, zeros too many).",
  ],
  [
    "la cellule contient l'erreur Excel {error} ({french} dans Excel en français) : {means~}. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée.{rest~}",
    "the cell holds the Excel error {error} ({french} in French Excel): {means~}. Correct the formula or type the value: an error is never read as data.{rest~}",
  ],
  [
    "la cellule contient l'erreur Excel {error} : {means~}. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée.{rest~}",
    "the cell holds the Excel error {error}: {means~}. Correct the formula or type the value: an error is never read as data.{rest~}",
  ],
  [
    "la cellule contient l'erreur LibreOffice {error} : une formule a échoué. Corrigez la formule ou tapez la valeur : une erreur n'est jamais lue comme une donnée.{rest~}",
    "the cell holds the LibreOffice error {error}: a formula failed. Correct the formula or type the value: an error is never read as data.{rest~}",
  ],
  [
    "élèves manquants : le membre doit la contribution {year}, mais n'a ni nombre d'élèves ni école dans le tableau Écoles.",
    "pupils missing: the member owes the {year} contribution, but has neither a number of pupils nor a school in the Écoles table.",
  ],
  [
    "le nombre d'élèves du membre diffère du total de ses écoles ({total}) ; les écoles font foi.",
    "the member's number of pupils differs from the total of its schools ({total}); the schools prevail.",
  ],
  [
    "phasage : {equipped} école{s} équipée{s} en {year} d'après les premières années, le déploiement sur quatre ans commencé en {first} en prévoit {expected} sur {schools} (RULES §4) ; les premières années font foi.",
    "phasing: {equipped} school{s} equipped in {year} according to the first years; the four-year deployment begun in {first} plans {expected} of {schools} (RULES §4); the first years prevail.",
  ],
  [
    "{scope~} : {now}, contre {before} sur l'avis {number} de {last} ({change}) : écart de plus de 20 %, vérifiez l'effectif.",
    "{scope~}: {now}, against {before} on statement {number} of {last} ({change}): a gap of more than 20 %, check the count.",
  ],
  [
    "élèves {year#} des écoles déjà équipées en {before#}",
    "pupils {year} of the schools already equipped in {before}",
  ],
  ["élèves {year#}", "pupils {year}"],
  [
    "colonne en double (déjà en colonne {column}).",
    "column given twice (already column {column}).",
  ],

  // The statements
  [
    "phasage différent du rythme d'un quart par an : {equipped} école{s} équipée{s} en {year} au lieu de {expected} ({schools} école{t}, déploiement commencé en {first})",
    "phasing differs from the rhythm of a quarter a year: {equipped} school{s} equipped in {year} instead of {expected} ({schools} school{t}, deployment begun in {first})",
  ],
  [
    "élèves de la table des membres ({member}) ignorés : les écoles en comptent {schools} au total, seules les écoles équipées sont facturées",
    "pupils of the members table ({member}) ignored: the schools count {schools} in all; only the schools equipped are billed",
  ],
  [
    "transfert effectif le {date}, en cours d'exercice : {billed~}",
    "transfer effective on {date}, during the exercise: {billed~}",
  ],
  [
    "retrait effectif le {date}, en cours d'exercice : {billed~}",
    "withdrawal effective on {date}, during the exercise: {billed~}",
  ],
  [
    "{months#}/12 de l'année facturés (option mois={months})",
    "{months}/12 of the year billed (option mois={months})",
  ],
  [
    "montant modifié : {before} → {after} (l'avis {number} est annulé et remplacé)",
    "amount changed: {before} → {after} (statement {number} is cancelled and replaced)",
  ],
  [
    "Date d'émission {date} antérieure à l'exercice {year} : les appels de l'exercice {year} ne peuvent pas être émis avant le {first}. Choisissez une date d'émission à partir du {first}.",
    "Date of issue {date} before the {year} exercise: the statements of the {year} exercise cannot be issued before {first}. Choose a date of issue from {first}.",
  ],
  [
    "Date d'émission {date} postérieure à l'appel {number} de l'exercice {later}, émis le {limit} : les appels de l'exercice {year} ne peuvent pas être datés après ceux d'un exercice suivant. Choisissez une date d'émission au plus tard le {limit}.",
    "Date of issue {date} after statement {number} of the {later} exercise, issued on {limit}: the statements of the {year} exercise cannot be dated after those of a later exercise. Choose a date of issue no later than {limit}.",
  ],
  [
    "date d'émission {date} antérieure à la date d'effet du transfert de « {member} » ({transfer}). Son appel {number} ne peut pas être émis avant que ce membre ait rejoint le syndicat : choisissez une date d'émission à partir du {transfer}, ou corrigez la date d'effet si elle est fausse.",
    "date of issue {date} before the date the transfer of « {member} » took effect ({transfer}). Its statement {number} cannot be issued before this member joined the syndicate: choose a date of issue from {transfer}, or correct the date of effect if it is wrong.",
  ],
  [
    "La table « {table} » n'a pas les colonnes {columns} : le journal ne peut pas recevoir les nouveaux appels.",
    "Table « {table} » lacks the columns {columns}: the journal cannot receive the new statements.",
  ],
  [
    "La table « {table} » n'a pas de colonne « Statut » : impossible d'y marquer les appels annulés et remplacés.",
    "Table « {table} » has no « Statut » column: the statements cancelled and replaced cannot be marked there.",
  ],
  [
    "Le journal des appels n'a pas le numéro {numbers}, alors que la feuille {sheets} existe : ce numéro a été émis et sa ligne supprimée(s) du journal. Remettez dans le journal la ligne de chaque appel émis (numéro, membre, montant, date) avant de générer : aucun numéro émis n'est redonné à un autre appel.",
    "The journal of statements lacks number {numbers}, yet sheet {sheets} exists: this number was issued and its row deleted from the journal. Put back into the journal the row of every statement issued (number, member, amount, date) before generating: no number issued is ever given to another statement.",
  ],
  [
    "Le journal des appels n'a pas les numéros {numbers}, alors que les feuilles {sheets} existent : ces numéros ont été émis et leurs lignes supprimée(s) du journal. Remettez dans le journal la ligne de chaque appel émis (numéro, membre, montant, date) avant de générer : aucun numéro émis n'est redonné à un autre appel.",
    "The journal of statements lacks numbers {numbers}, yet sheets {sheets} exist: these numbers were issued and their rows deleted from the journal. Put back into the journal the row of every statement issued (number, member, amount, date) before generating: no number issued is ever given to another statement.",
  ],
  ["Table « {table} » : {message~}", "Table « {table} »: {message~}"],
  // Options (optionValues.ts, parseOptions.ts, resolveOptions.ts); {name} is the option as typed,
  // between « » (quoteEcho)
  [
    "Option inconnue {name}. Options acceptées pour {year#} : {accepted}.",
    "Unknown option {name}. Options accepted for {year}: {accepted}.",
  ],
  [
    "L'option {name} n'existe pas dans le barème de {year#} ({schedule}) ; elle existe dans {where}. Options acceptées pour {year#} : {accepted}.",
    "Option {name} does not exist in the {year} schedule ({schedule}); it exists in {where}. Options accepted for {year}: {accepted}.",
  ],
  [
    "Option donnée deux fois : {first} et {second}. Gardez-en une.",
    "Option given twice: {first} and {second}. Keep one of them.",
  ],
  [
    "{name} est toujours facturé en {year#} ; il ne prend pas de valeur.",
    "{name} is always billed in {year}; it takes no value.",
  ],
  [
    "Option {name} : la valeur après « = » est vide.",
    "Option {name}: the value after « = » is empty.",
  ],
  [
    "Option sans nom : {text}. Écrivez mot-clé ou mot-clé=valeur.",
    "Option with no name: {text}. Write keyword or keyword=value.",
  ],
  [
    "Les options en plage doivent tenir sur deux colonnes (clé, valeur) ; la plage en a {count#}.",
    "Options given as a range must fit in two columns (key, value); the range has {count}.",
  ],
  [
    "Options, ligne {row#} : la clé {key} doit être un mot-clé (texte), par exemple accompagnement.",
    "Options, row {row}: the key {key} must be a keyword (text), for example accompagnement.",
  ],
  [
    "Option {name} : « {value} » n'est pas accepté ; écrivez {typed} seul, ou {typed}=oui / {typed}=non.",
    "Option {name}: « {value} » is not accepted; write {typed} alone, or {typed}=oui / {typed}=non.",
  ],
  [
    "Option {name} : il faut {expected~} ({key}=N), reçu {given~}.",
    "Option {name}: {expected~} is expected ({key}=N), got {given~}.",
  ],
  [
    "Option {name} : le nombre de mois va de 1 à 12 (reçu {months}).",
    "Option {name}: the number of months goes from 1 to 12 (got {months}).",
  ],
  [
    "Option {name} : il faut un montant en euros ({key}=M, par exemple {key}=571,70).",
    "Option {name}: an amount in euros is expected ({key}=M, for example {key}=571,70).",
  ],
  [
    "Option {name} : le montant doit être positif ou nul (reçu « {value} »).",
    "Option {name}: the amount must be zero or more (got « {value} »).",
  ],
  ["Option « {name} » : {value} dépasse 100 %.", "Option « {name} »: {value} is more than 100 %."],
  // Amounts (parseEuros.ts, cents.ts): {what} names the value, an option as typed
  [
    "{what} : {text} n'est pas un montant en euros (attendu par exemple 571,70 ; au plus deux décimales).",
    "{what}: {text} is not an amount in euros (expected for example 571,70; at most two decimals).",
  ],
  ["{what} : {number} n'est pas un montant.", "{what}: {number} is not an amount."],
  [
    "{what} : {number} € a plus de deux décimales ; un montant s'exprime au centime.",
    "{what}: {number} € has more than two decimals; an amount is given to the cent.",
  ],
  [
    "{what} : {text} est trop grand ; un montant va au plus jusqu'à {limit}.",
    "{what}: {text} is too large; an amount goes up to {limit} at most.",
  ],
  [
    "Montant hors limites pour {what} : il dépasse {limit}.",
    "Amount out of bounds for {what}: it exceeds {limit}.",
  ],

  // The sharing of net charges (RULES.md §5)
  [
    "paiement hors de l'année scolaire {label} (du {start} au {end}) : l'assiette de l'exercice {year#} ne retient que les dépenses de cette année scolaire (charte, art. 4.4). Retirez la ligne ou corrigez sa date.",
    "payment outside the school year {label} (from {start} to {end}): the base of the {year} exercise keeps only the expenses of that school year (charte, art. 4.4). Remove the row or correct its date.",
  ],
  [
    "le FEDER obtenu ({feder}) dépasse les charges acquittées de l'année scolaire {label} ({charges}) : l'assiette nette serait négative (RULES.md §5).",
    "the FEDER obtenu ({feder}) exceeds the charges paid in the school year {label} ({charges}): the net base would be negative (RULES.md §5).",
  ],
  [
    "Le FEDER obtenu ({feder}) dépasse les charges ({charges}) : l'assiette nette ne peut pas être négative.",
    "The FEDER obtenu ({feder}) exceeds the charges ({charges}): the net base cannot be negative.",
  ],
  [
    "aucun élève bénéficiaire pour l'année scolaire {label} : le membre partage les charges au prorata de ses élèves (charte, art. 4.1). Indiquez ses élèves, ou ses écoles dans la table Écoles.",
    "no beneficiary pupil for the school year {label}: the member shares the charges in proportion to its pupils (charte, art. 4.1). Give its pupils, or its schools in the Écoles table.",
  ],
  [
    "les élèves ne s'additionnent pas : la cellule dit {cell}, ses écoles de la table Écoles ({equipped#} sur {schools#} en {year#}) en comptent {pupils}. Le partage en dépend : corrigez l'une ou l'autre, ou videz la cellule.",
    "the pupils do not add up: the cell says {cell}, its schools in the Écoles table ({equipped} of {schools} in {year}) count {pupils}. The sharing depends on it: correct one or the other, or empty the cell.",
  ],
  [
    "Date d'émission du {date} : les contributions de l'année scolaire {label} sont appelées après sa fin (charte, art. 4.4), donc à partir du {first}. Choisissez une date d'émission postérieure au {end}.",
    "Date of issue {date}: the contributions of the school year {label} are called after it ends (charte, art. 4.4), so from {first}. Choose a date of issue after {end}.",
  ],
  [
    "rubrique inconnue : la charte (art. 4.2) en compte sept : {list} (ou leur premier mot).",
    "unknown Rubrique: the charte (art. 4.2) has seven: {list} (or their first word).",
  ],
  [
    "{what~} doit être un nombre entier positif ou nul (reçu {pupils}).",
    "{what~} must be a whole number, zero or more (got {pupils}).",
  ],
  [
    "Les élèves du membre ({member}) dépassent le total des élèves de tous les membres ({total}).",
    "The member's pupils ({member}) exceed the total of the pupils of all members ({total}).",
  ],
  ["FEDER obtenu : {message~}", "FEDER obtenu: {message~}"],
  [
    "accès ouvert en cours d'année scolaire ({date}) : quote-part entière, sans prorata (RULES.md §5)",
    "access opened during the school year ({date}): full share, no proration (RULES.md §5)",
  ],

  // The PES file (pesProblems.ts)
  [
    "Paramètre « {label} » manquant : {what~}. Ajoutez une ligne « {label} » au tableau Paramètres, par exemple {example}.",
    "Setting « {label} » missing: {what~}. Add a row « {label} » to the Paramètres table, for example {example}.",
  ],
  [
    "Paramètre « Imputation fonction » invalide (« {value} ») : en chiffres, par exemple 020 ; laissez-le vide si votre nomenclature n'a pas de fonction.",
    "Setting « Imputation fonction » invalid (« {value} »): in digits, for example 020; leave it blank if your nomenclature has no fonction.",
  ],
  [
    "Paramètre « {label} » invalide (« {value} ») : {what~}, par exemple {example}.",
    "Setting « {label} » invalid (« {value} »): {what~}, for example {example}.",
  ],
  [
    "{member} (ligne {row#} du tableau Membres) : SIRET absent ; une commune ou un EPCI est facturé par Chorus Pro, qui exige un SIRET valide (titre {number}).",
    "{member} (row {row} of the Membres table): SIRET missing; a commune or an EPCI is billed through Chorus Pro, which requires a valid SIRET (titre {number}).",
  ],
  [
    "{member} (ligne {row#} du tableau Membres) : SIRET « {siret} » invalide ; une commune ou un EPCI est facturé par Chorus Pro, qui exige un SIRET valide (titre {number}).",
    "{member} (row {row} of the Membres table): SIRET « {siret} » invalid; a commune or an EPCI is billed through Chorus Pro, which requires a valid SIRET (titre {number}).",
  ],
  [
    "{member} (ligne {row#} du tableau Membres) : adresse sans ligne « code postal ville » précédée d'une ligne de voie (par exemple « Mairie » puis « 59510 Hem ») ; le PES l'exige (titre {number}).",
    "{member} (row {row} of the Membres table): address without a « postcode town » line after a street line (for example « Mairie » then « 59510 Hem »); the PES requires it (titre {number}).",
  ],
  [
    "Numéro de bordereau trop grand ({number}) : 7 chiffres au plus.",
    "Bordereau number too large ({number}): 7 digits at most.",
  ],
  [
    "Le bordereau n° {number} de l'exercice a déjà été transmis : Hélios rejette un numéro de bordereau déjà connu.",
    "Bordereau no. {number} of the exercise was already sent: Hélios rejects a bordereau number it already knows.",
  ],
  [
    "Numéro de titre illisible pour le PES : « {number} »",
    "Titre number the PES cannot read: « {number} »",
  ],
];

interface CompiledEntry {
  readonly pattern: RegExp;
  /** Names of the parts, in the order of the pattern's groups. */
  readonly names: readonly string[];
  readonly english: string;
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A template's pattern: each {name} a lazy group, a repeated name the same text again. */
function compiled([french, english]: Entry): CompiledEntry {
  const names: string[] = [];
  let source = "";
  let last = 0;
  for (const match of french.matchAll(/\{(\w+)([~#]?)\}/g)) {
    source += escaped(french.slice(last, match.index));
    const name = match[1] ?? "";
    const seen = names.indexOf(name);
    const part = match[2] === "#" ? "(\\d+)" : "([\\s\\S]*?)";
    source += seen >= 0 ? `\\${seen + 1}` : part;
    if (seen < 0) names.push(name);
    last = match.index + match[0].length;
  }
  source += escaped(french.slice(last));
  return { pattern: new RegExp(`^${source}$`), names, english };
}

const EXACT = new Map<string, string>(CONSTANTS);
const COMPILED: readonly CompiledEntry[] = TEMPLATES.map(compiled);
/** Translations already made: a register repeats the same warnings for many members. */
const MEMO = new Map<string, string>();
const MEMO_LIMIT = 5_000;

function translate(message: string, depth: number): string {
  const exact = EXACT.get(message);
  if (exact !== undefined) return exact;
  if (depth > 2) return message;
  for (const entry of COMPILED) {
    const match = entry.pattern.exec(message);
    if (!match) continue;
    const parts = new Map(entry.names.map((name, index) => [name, match[index + 1] ?? ""]));
    return entry.english.replace(/\{(\w+)(~?)\}/g, (_, name: string, again: string) => {
      const part = parts.get(name) ?? "";
      return again ? translate(part, depth + 1) : part;
    });
  }
  return message;
}

/**
 * A French message of the domain as the English pane shows it: its English text when the
 * translation table knows it (register problems, options, the sharing of net charges, statement
 * warnings and numbering, the PES file's problems, the statements workflow's blockers), else the
 * French message itself.
 *
 * @param message - a message of the domain, in French
 * @returns the English text, or the message unchanged
 * @example
 * englishDomainMessage("UAI en double (déjà ligne 4)."); // "UAI given twice (already row 4)."
 * englishDomainMessage("déjà émis"); // "already issued"
 */
export function englishDomainMessage(message: string): string {
  const known = MEMO.get(message);
  if (known !== undefined) return known;
  const english = translate(message, 0);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(message, english);
  return english;
}

/**
 * Whether the translation table has an English text for a French message (for tests and for
 * the list of what stays French).
 *
 * @param message - a message of the domain, in French
 * @returns true when englishDomainMessage translates it
 * @example
 * hasEnglish("valeur obligatoire."); // true
 */
export function hasEnglish(message: string): boolean {
  return translate(message, 0) !== message;
}
