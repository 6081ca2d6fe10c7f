using System.Globalization;
using System.Text.Json.Serialization;
using Intake.Core.Languages;

namespace Intake.Channels.Web.Form.Texts;

/// <summary>Every word the public pages show, in one language, read from Form/Texts/{language}.json; a text missing from a file fails at start-up.</summary>
internal sealed record WebText
{
    /// <summary>The supported language code these texts are in; <see cref="WebLanguages"/> sets it from the file's name.</summary>
    [JsonIgnore]
    public string Language { get; init; } = SupportedLanguages.Default;
    public string LanguageName => SupportedLanguages.NativeName(Language);
    public CultureInfo Culture => SupportedLanguages.CultureOf(Language);
    /// <summary>How a calendar date is written out, e.g. 24 december 2026.</summary>
    public string DateFormat => SupportedLanguages.LongDateFormatOf(Language);
    public required string SiteName { get; init; }
    public required string LanguageSwitch { get; init; }

    // The cancellation form.
    public required string FormTitle { get; init; }
    public required string FormIntro { get; init; }
    public required string YouLegend { get; init; }
    public required string Name { get; init; }
    public required string AccountNumber { get; init; }
    public required string AccountNumberHint { get; init; }
    public required string Email { get; init; }
    public required string EmailHint { get; init; }
    public required string Phone { get; init; }
    public required string PhoneHint { get; init; }
    public required string ContractLegend { get; init; }
    public required string ContractNumber { get; init; }
    public required string Product { get; init; }
    public required string ContractDetails { get; init; }
    public required string Optional { get; init; }
    public required string KindLegend { get; init; }
    public required IReadOnlyDictionary<string, string> Kinds { get; init; }
    public required IReadOnlyDictionary<string, string> KindHints { get; init; }
    public required string Reason { get; init; }
    public required string ReasonHint { get; init; }
    public required string ReasonChoose { get; init; }
    public required string ReasonText { get; init; }
    public required IReadOnlyDictionary<string, string> Reasons { get; init; }
    public required string RequestedDate { get; init; }
    public required string RequestedDateHint { get; init; }
    public required string Submit { get; init; }
    /// <summary>First line of the message text a submitted form becomes.</summary>
    public required string SummaryHeading { get; init; }

    // Validation.
    public required string ErrorSummary { get; init; }
    public required string NameRequired { get; init; }
    public required string ContactRequired { get; init; }
    public required string EmailInvalid { get; init; }
    public required string PhoneInvalid { get; init; }
    public required string KindInvalid { get; init; }
    public required string ReasonRequired { get; init; }
    public required string ReasonInvalid { get; init; }
    public required string DateInvalid { get; init; }
    public required string DateInPast { get; init; }
    /// <summary>Composite format with the maximum length as {0}.</summary>
    public required string TooLong { get; init; }
    public required string FormExpired { get; init; }
    public required string NotStored { get; init; }

    // Receipt and received pages.
    public required string ReceiptTitle { get; init; }
    public required string ReceiptIntro { get; init; }
    public required string Reference { get; init; }
    public required string ReceivedAt { get; init; }
    public required string EffectiveDate { get; init; }
    public required string EarliestPossible { get; init; }
    public required string WhatIsCancelled { get; init; }
    public required string YourContract { get; init; }
    /// <summary>Composite format with the masked address as {0}.</summary>
    public required string ConfirmationSentTo { get; init; }
    public required string ConfirmationSent { get; init; }
    public required string KeepReceipt { get; init; }
    public required string ReceivedTitle { get; init; }
    /// <summary>Composite format with the receipt time as {0}.</summary>
    public required string ReceivedBody { get; init; }
    public required string ReceivedFollowUp { get; init; }

    // The withdrawal function (Directive 2023/2673 art. 11a, § 356a BGB) and saving the declaration (§ 312k Abs. 3 BGB).
    public required string WithdrawalTitle { get; init; }
    public required string WithdrawalIntro { get; init; }
    public required string WithdrawStart { get; init; }
    public required string WithdrawalFormIntro { get; init; }
    public required string WithdrawalContract { get; init; }
    public required string WithdrawalContractHint { get; init; }
    public required string WithdrawalEmailHint { get; init; }
    public required string WithdrawConfirm { get; init; }
    public required string WithdrawalSummaryHeading { get; init; }
    public required string ContractRequired { get; init; }
    public required string EmailRequired { get; init; }
    public required string WithdrawalReceiptTitle { get; init; }
    public required string WithdrawalReceiptIntro { get; init; }
    public required string WhatIsWithdrawn { get; init; }
    public required string WithdrawalReview { get; init; }
    public required string EndUnderReview { get; init; }
    public required string SentAndReceivedAt { get; init; }
    public required string DeclarationTitle { get; init; }
    public required string DeclarationText { get; init; }
    public required string SavePdf { get; init; }
    public required string PrintVersion { get; init; }

    // The why page.
    public required string WhyTitle { get; init; }
    public required string WhyIntro { get; init; }
    public required string WhyText { get; init; }
    public required string WhySubmit { get; init; }
    public required string WhyChoose { get; init; }
    public required string WhyThanksTitle { get; init; }
    public required string WhyThanksBody { get; init; }

    public required string NotFoundTitle { get; init; }
    public required string NotFoundBody { get; init; }
}
