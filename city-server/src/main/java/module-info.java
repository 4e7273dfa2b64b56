/**
 * 証明書発行サーバ: the city's certificate issuance server. Accepts only the hub.
 */
module konbini.city {
    requires konbini.node;
    requires konbini.render;
    requires java.sql;
    // the pool of database connections; H2 and PostgreSQL's drivers are found by DriverManager at run time
    requires com.zaxxer.hikari;
    requires org.slf4j;

    // Only the entry point is public; the tools seed the city's database through the data package.
    exports jp.konbini.city;
    exports jp.konbini.city.data to konbini.tools;
    // The calendar command prints the rules' own hours and holidays.
    exports jp.konbini.city.rules to konbini.tools;
}
