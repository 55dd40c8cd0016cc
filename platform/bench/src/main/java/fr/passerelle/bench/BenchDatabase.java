package fr.passerelle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmarks' PostgreSQL databases: their own, created when missing. */
final class BenchDatabase {

  private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]*/)([^?]+)(.*)$");

  private BenchDatabase() {
  }

  /** Connects, creating the database if it does not exist. */
  static Connection connect(String url, String user, String password) throws SQLException {
    try {
      return DriverManager.getConnection(url, user, password);
    } catch (SQLException e) {
      Matcher m = DATABASE_IN_URL.matcher(url);
      if (!"3D000".equals(e.getSQLState()) || !m.matches()) {
        throw e;
      }
      String database = m.group(2);
      if (!database.matches("[a-z_][a-z0-9_]*")) {
        throw new SQLException("nom de base inattendu : " + database, e);
      }
      try (Connection admin = DriverManager.getConnection(m.group(1) + "postgres" + m.group(3), user, password);
          Statement create = admin.createStatement()) {
        create.execute("CREATE DATABASE " + database);
      }
      return DriverManager.getConnection(url, user, password);
    }
  }
}
