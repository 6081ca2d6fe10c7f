namespace Intake.Benchmarks;

/// <summary>Realistic Dutch and English customer messages: cancellations of every kind, and questions that are not.</summary>
internal static class IntakeTexts
{
    public static readonly string[] Cancellations =
    [
        "Hierbij zeg ik mijn abonnement op. Graag een bevestiging per mail.",
        "Ik wil mijn internetabonnement opzeggen per de eerst mogelijke datum.",
        "Beste klantenservice, ik zeg mijn contract op per 1 februari. Met vriendelijke groet",
        "Ik heb al twee keer gebeld en niemand belt terug. Ik zeg hierbij op, bevestig dit alsjeblieft schriftelijk.",
        "Opzeggen graag. De prijsverhoging accepteer ik niet.",
        "Na het datalek wil ik niet langer klant zijn. Beëindig mijn abonnement per direct.",
        "Ik maak gebruik van mijn herroepingsrecht en zie af van het contract dat ik vorige week afsloot.",
        "Wij verhuizen naar het buitenland, graag het abonnement stopzetten per einde van de maand.",
        "Mijn moeder is overleden, ik wil haar abonnement beëindigen. Wat hebben jullie van mij nodig?",
        "Ik wil per direct opzeggen, klantnummer staat hieronder.",
        "Stop mijn abonnement. Ik ben overgestapt naar een andere aanbieder.",
        "Graag mijn tv-pakket opzeggen, internet mag blijven.",
        "I would like to cancel my subscription effective as soon as possible.",
        "Please cancel my contract at the end of the minimum term and confirm in writing.",
        "I hereby terminate my agreement with you. Please send a confirmation.",
        "Cancel my account please, the new prices are too high.",
        "I want to withdraw from the contract I signed online last Tuesday.",
        "We are moving abroad next month, please end the subscription on the 31st.",
        "After the data breach I no longer trust you. Terminate my service immediately.",
        "Stop my plan please. I have been asking for weeks and nobody answers.",
    ];

    public static readonly string[] NotCancellations =
    [
        "Waarom is mijn rekening deze maand hoger dan vorige maand?",
        "Mijn internet valt steeds weg, kunnen jullie een monteur sturen?",
        "Kan ik mijn IBAN wijzigen voor de automatische incasso?",
        "Ik heb een vraag over de factuur van oktober, er staat een bedrag op dat ik niet herken.",
        "Why was I charged twice this month?",
        "How do I change my email address in my account?",
    ];
}
