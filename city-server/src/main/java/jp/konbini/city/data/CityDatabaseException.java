package jp.konbini.city.data;

import java.sql.SQLException;

/**
 * The city's database failed (connection lost, constraint broken by corrupt data, ...). Unchecked:
 * no request can be served correctly without the database, so callers let it end the request.
 */
public final class CityDatabaseException extends RuntimeException {

    CityDatabaseException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
