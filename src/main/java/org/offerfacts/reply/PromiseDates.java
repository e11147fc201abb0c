package org.offerfacts.reply;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a supplier names in a promise, counted from the reply's own date: "vendredi" and "by
 * Friday" are the next Friday after the reply, "la semaine prochaine" is the Friday of next week,
 * "d'ici le 27/11" is the next 27 November on or after the reply. Dates are read day first
 * (27/11), as in both French and British mail; "11/27" is read month first only because 27 is
 * no month.
 */
final class PromiseDates {
  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("lundi", DayOfWeek.MONDAY), Map.entry("mardi", DayOfWeek.TUESDAY),
      Map.entry("mercredi", DayOfWeek.WEDNESDAY), Map.entry("jeudi", DayOfWeek.THURSDAY),
      Map.entry("vendredi", DayOfWeek.FRIDAY), Map.entry("samedi", DayOfWeek.SATURDAY),
      Map.entry("dimanche", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
      Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
      Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
      Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY));
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("janvier", 1), Map.entry("fevrier", 2), Map.entry("mars", 3), Map.entry("avril", 4),
      Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7), Map.entry("aout", 8),
      Map.entry("septembre", 9), Map.entry("octobre", 10), Map.entry("novembre", 11), Map.entry("decembre", 12),
      Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
      Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
      Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
      Map.entry("nov", 11), Map.entry("dec", 12));

  private static final String MONTH = "(?<month>" + String.join("|", MONTHS.keySet()) + ")\\.?";
  private static final Pattern ISO = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})");
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(?<a>\\d{1,2})[/.](?<b>\\d{1,2})(?:[/.](?<y>\\d{2,4}))?(?![\\d/])");
  private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d])(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\s+" + MONTH + "(?:\\s+(?<y>\\d{4}))?(?![a-z])");
  private static final Pattern MONTH_DAY = Pattern.compile("(?<![a-z])" + MONTH + "\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?(?![\\d])");
  private static final Pattern WEEKDAY = Pattern.compile("(?<![a-z])(?<day>" + String.join("|", DAYS.keySet()) + ")(?![a-z])");
  private static final Pattern WITHIN = Pattern.compile(
      "(?:sous|dans|d'ici|within|in)\\s+(?<n>\\d{1,3}|un|une|deux|trois|quatre|cinq|a|one|two|three|four|five)\\s*(?<unit>h\\b|heures?|hours?|jours?(?: ouvres?)?|days?|business days?|working days?|semaines?|weeks?)");
  private static final Map<String, Integer> SMALL = Map.of("un", 1, "une", 1, "a", 1, "one", 1, "deux", 2,
      "two", 2, "trois", 3, "three", 3, "quatre", 4, "four", 4);
  private static final Pattern NEXT_WEEK = Pattern.compile("semaine prochaine|next week");
  private static final Pattern THIS_WEEK = Pattern.compile("fin de (?:la )?semaine|cette semaine|end of (?:the |this )?week|this week");
  private static final Pattern MONTH_END = Pattern.compile("fin (?:du |de )?mois|end of (?:the |this )?month");
  private static final Pattern TOMORROW = Pattern.compile("apres-demain|apres demain|day after tomorrow|demain|tomorrow");

  private PromiseDates() {}

  /** A date found in the folded text, with where it was written; null when none. */
  record Found(LocalDate date, int start, int end) {}

  static Found find(String folded, LocalDate from) {
    Found found = explicit(folded, from);
    if (found != null) return found;
    Matcher m = WEEKDAY.matcher(folded);
    if (m.find()) return new Found(from.with(TemporalAdjusters.next(DAYS.get(m.group("day")))), m.start(), m.end());
    if ((m = TOMORROW.matcher(folded)).find()) {
      return new Found(from.plusDays(m.group().length() > 8 ? 2 : 1), m.start(), m.end());
    }
    if ((m = NEXT_WEEK.matcher(folded)).find()) {
      return new Found(from.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusDays(4), m.start(), m.end());
    }
    if ((m = THIS_WEEK.matcher(folded)).find()) {
      return new Found(from.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), m.start(), m.end());
    }
    if ((m = MONTH_END.matcher(folded)).find()) {
      return new Found(from.with(TemporalAdjusters.lastDayOfMonth()), m.start(), m.end());
    }
    if ((m = WITHIN.matcher(folded)).find()) return new Found(within(m, from), m.start(), m.end());
    return null;
  }

  /** Dates written as dates (27/11, 27 novembre, 2026-11-27), not weekdays or spans. */
  static Found explicit(String folded, LocalDate from) {
    Matcher m = ISO.matcher(folded);
    if (m.find()) {
      LocalDate date = date(num(m, "y"), num(m, "m"), num(m, "d"));
      if (date != null) return new Found(date, m.start(), m.end());
    }
    m = DAY_MONTH.matcher(folded);
    if (m.find()) return dated(m, from, MONTHS.get(m.group("month")), num(m, "d"));
    m = MONTH_DAY.matcher(folded);
    if (m.find()) return dated(m, from, MONTHS.get(m.group("month")), num(m, "d"));
    m = NUMERIC.matcher(folded);
    while (m.find()) {
      int a = num(m, "a");
      int b = num(m, "b");
      Found found = a > 12 || b <= 12 ? dated(m, from, b, a) : dated(m, from, a, b);
      if (found != null) return found;
    }
    return null;
  }

  /** A day and month, in the year written or else the next such day on or after the reply. */
  private static Found dated(Matcher m, LocalDate from, int month, int day) {
    Integer year = m.group("y") == null ? null : Integer.parseInt(m.group("y"));
    if (year != null && year < 100) year += 2000;
    LocalDate date = date(year == null ? from.getYear() : year, month, day);
    if (date == null) return null;
    if (year == null && date.isBefore(from)) date = date.plusYears(1);
    return new Found(date, m.start(), m.end());
  }

  private static LocalDate within(Matcher m, LocalDate from) {
    String n = m.group("n");
    int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : SMALL.getOrDefault(n, 1);
    String unit = m.group("unit");
    if (unit.startsWith("h")) return from.plusDays(Math.max(1, (count + 23) / 24));
    if (unit.startsWith("semaine") || unit.startsWith("week")) return from.plusWeeks(count);
    return from.plusDays(count);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static int num(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
