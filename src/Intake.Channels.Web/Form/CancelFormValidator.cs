using System.Globalization;
using Intake.Channels.Web.Form.Html;
using Intake.Channels.Web.Form.Texts;
using Intake.Core.Identity;
using Intake.Core.Model;

namespace Intake.Channels.Web.Form;

/// <summary>Checks a filled-in form and says per field what to fix, in the form's language.</summary>
internal static class CancelFormValidator
{
    public static IReadOnlyList<FieldError> Validate(CancelForm form, WebText text, DateOnly today)
    {
        var errors = new List<FieldError>();
        void Add(string field, string message) => errors.Add(new FieldError(field, message));

        if (form.Name.Length == 0) Add(CancelFormFields.Name, text.NameRequired);
        // The withdrawal function asks for exactly three details: name, number and the email for the acknowledgement.
        if (form.IsWithdrawal && form.ContractNumber.Length == 0) Add(CancelFormFields.ContractNumber, text.ContractRequired);
        if (form.IsWithdrawal && form.Email.Length == 0) Add(CancelFormFields.Email, text.EmailRequired);
        else if (form.Email.Length == 0 && form.Phone.Length == 0) Add(CancelFormFields.Email, text.ContactRequired);
        if (form.Email.Length > 0 && SenderAddress.NormaliseEmail(form.Email) is null) Add(CancelFormFields.Email, text.EmailInvalid);
        if (form.Phone.Length > 0 && SenderAddress.NormalisePhone(form.Phone) is null) Add(CancelFormFields.Phone, text.PhoneInvalid);
        if (!CancellationKinds.All.Contains(form.Kind, StringComparer.Ordinal)) Add(CancelFormFields.Kind, text.KindInvalid);
        if (form.Reason.Length > 0 && !ReasonCodes.IsKnown(form.Reason)) Add(CancelFormFields.Reason, text.ReasonInvalid);
        else if (form.Reason.Length == 0 && form.Kind == CancellationKinds.Extraordinary) Add(CancelFormFields.Reason, text.ReasonRequired);
        if (form.RequestedDate.Length > 0)
        {
            if (ParseDate(form.RequestedDate) is not { } date) Add(CancelFormFields.RequestedDate, text.DateInvalid);
            else if (date < today) Add(CancelFormFields.RequestedDate, text.DateInPast);
        }
        foreach (var (field, value) in FreeText(form))
        {
            var max = CancelFormFields.MaxLength(field);
            if (value.Length > max && errors.All(e => e.Field != field))
                Add(field, string.Format(text.Culture, text.TooLong, max));
        }
        return errors;
    }

    /// <summary>The date input posts ISO dates (yyyy-MM-dd) whatever the browser shows.</summary>
    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static IEnumerable<(string Field, string Value)> FreeText(CancelForm form) =>
    [
        (CancelFormFields.Name, form.Name), (CancelFormFields.AccountNumber, form.AccountNumber), (CancelFormFields.Email, form.Email),
        (CancelFormFields.Phone, form.Phone), (CancelFormFields.ContractNumber, form.ContractNumber), (CancelFormFields.Product, form.Product),
        (CancelFormFields.ContractDetails, form.ContractDetails), (CancelFormFields.ReasonText, form.ReasonText),
    ];
}
