namespace Intake.Channels.Web.Tests;

/// <summary>Rows the tests start from: a known customer with one contract, and a bare case for the why page.</summary>
public static class TestData
{
    public const string JanEmail = "jan@example.nl";
    public const string JanAccount = "A-1001";
    public const string JanContract = "C-5001";
    public const string JanProduct = "Internet 100";

    public static Task SeedJanAsync(Intake.Testing.TestDatabase db) => db.ExecuteAsync(
        """
        INSERT INTO customer (account_number, name, email, phone) VALUES (@JanAccount, 'Jan Jansen', @JanEmail, '+31612345678');
        INSERT INTO contract (external_id, customer_id, product, start_date, notice_period)
            SELECT @JanContract, id, @JanProduct, DATE '2025-01-01', 'P1M' FROM customer;
        INSERT INTO identity_link (kind, value, customer_id, verified)
            SELECT 'email', @JanEmail, id, true FROM customer
            UNION ALL SELECT 'account', @JanAccount, id, true FROM customer
            UNION ALL SELECT 'phone', '+31612345678', id, true FROM customer;
        """, new { JanAccount, JanEmail, JanContract, JanProduct });

    /// <summary>A case as the pipeline leaves it, reachable through <paramref name="whyToken"/>.</summary>
    public static Task InsertCaseAsync(Intake.Testing.TestDatabase db, string reference, string whyToken, string language = "nl") => db.ExecuteAsync(
        """
        INSERT INTO cancellation_case (reference, status, kind, open_key, received_at, first_channel, verified, language, why_token, created_at, updated_at)
        VALUES (@reference, 'Accepted', 'ordinary', @reference, now(), 'email', true, @language, @whyToken, now(), now())
        """, new { reference, whyToken, language });
}
