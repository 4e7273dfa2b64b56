package jp.konbini.kiosk;

import java.util.List;
import java.util.Optional;
import jp.konbini.protocol.CertificateType;

/**
 * The copier's screens, one record each, in the order a resident meets them. {@link CopierFlow} moves
 * from one to the next; {@link ScreenPrompts} says what each one shows.
 */
sealed interface Screen {
    /** カードを置いてください: the card (file or reader of the command line) is read on Enter. */
    record InsertCard() implements Screen {
    }

    /** 暗証番号: the 4-digit PIN, checked on the card at once. */
    record EnterPin(Card card) implements Screen {
    }

    /** 住所地 or 本籍地. */
    record ChooseCityKind(Selection chosen) implements Screen {
    }

    /** The 6-digit local government code of that city. */
    record EnterCityCode(Selection chosen) implements Screen {
    }

    /** The certificates this kiosk offers for that city (those with a fee in its config). */
    record ChooseCertificate(Selection chosen, List<CertificateType> offered) implements Screen {
    }

    /** 住民票の写し: what it shows (household members, 本籍・筆頭者, 世帯主・続柄). */
    record ChooseOptions(Selection chosen) implements Screen {
    }

    /** 部数. */
    record ChooseCopies(Selection chosen) implements Screen {
    }

    /** The whole order with 手数料 N円: yes or cancel. */
    record Confirm(Selection chosen) implements Screen {
    }

    /** Coins and notes go in until the fee is covered; they are held, not yet taken. */
    record Pay(Selection chosen, int insertedYen) implements Screen {
    }

    /** The request is on its way; the fee is taken only when the certificate is known to be this resident's. */
    record Issuing(Selection chosen, int insertedYen) implements Screen {
    }

    /** Input not accepted: why, then {@code back} again. */
    record Retry(String reason, Screen back) implements Screen {
    }

    /** The end of the visit: the closing words and the command's exit code. */
    record Done(String message, int exitCode, Optional<IssueResult> result) implements Screen {
    }
}
