package org.offerfacts.demo;

import static org.offerfacts.demo.DemoPdf.HEADING;

import java.math.BigDecimal;
import java.util.List;
import org.offerfacts.demo.DemoHtml.Row;

/**
 * Brightwave Networks, fictional and English-speaking: fast best-effort FTTH with a friendly
 * router (bridge mode, own router, DMZ) and port 25 open; its terms give GTR 8 h and 99.9 %,
 * but no intervention time.
 */
final class Brightwave {
  static final String SUPPLIER = "Brightwave Networks";
  static final String SPEC_SHEET = "brightwave-fibre-business-900-spec-sheet.html";
  static final String TERMS = "brightwave-fibre-business-900-service-terms.pdf";

  private Brightwave() {}

  static DemoOffer offer() {
    return new DemoOffer(SUPPLIER, "Fibre Business 900", "fibre",
        "https://brightwave.example.com/business/fibre-900", new BigDecimal("129.00"),
        "Fast and open (port 25, bridge mode, own router), but best effort only; documents in English.",
        List.of(new DemoDocument(SPEC_SHEET, DemoDocument.HTML, specSheet()),
            new DemoDocument(TERMS, DemoDocument.PDF, terms())));
  }

  private static byte[] specSheet() {
    return DemoHtml.specSheet("en", "Fibre Business 900 — Spec sheet — Brightwave Networks",
        List.of("Full fibre for small offices, installed by our own engineers."),
        List.of(
            new Row("Access technology", "FTTH"),
            new Row("Download speed", "up to 900 Mbps"),
            new Row("Upload speed", "up to 300 Mbps"),
            new Row("Guaranteed bandwidth", "No"),
            new Row("IPv6", "Yes, /56 prefix"),
            new Row("Static IPv4 address", "Yes, 1 address included"),
            new Row("Outbound port 25", "Not blocked"),
            new Row("Bridge mode", "Yes"),
            new Row("Use your own router", "Yes"),
            new Row("DMZ", "Yes"),
            new Row("VPN on the router", "No"),
            new Row("Support", "24/7 by phone, e-mail and ticket"),
            new Row("Minimum term", "12 months"),
            // "€129" would be more English, but the price rule reads the amount before the currency only.
            new Row("Price", "129 EUR per month, excluding VAT")),
        List.of("Prices exclude VAT. Installation is free for orders placed before the end of the quarter."));
  }

  private static byte[] terms() {
    return DemoPdf.write("Brightwave Networks — Fibre Business 900 — Service terms",
        "Brightwave Networks — Service terms — Fibre Business 900",
        List.of(
            List.of(
                HEADING + "Service terms — Fibre Business 900",
                HEADING + "1. Definitions",
                "\"Service\" means the fibre access described in the order form. \"Fault\" means a total loss of "
                    + "the Service reported by the Customer.",
                HEADING + "2. Service levels",
                // "Scheduled", not "planned": "planned" marks a feature as not yet available.
                "Brightwave Networks commits to a monthly availability of 99.9%, excluding scheduled maintenance "
                    + "announced five days in advance.",
                "Faults are restored within 8 hours, at any hour of the day or night.",
                "If we miss either commitment, the Customer may claim a credit of one tenth of the monthly fee."),
            List.of(
                HEADING + "3. Acceptable use",
                "The Customer shall not use the Service to send unsolicited bulk messages or to attack other "
                    + "networks.",
                HEADING + "4. Liability",
                "Neither party is liable for indirect losses. Our total liability in any year is limited to the "
                    + "fees paid in that year.",
                HEADING + "5. Governing law",
                "These terms are governed by the laws of England and Wales.")));
  }
}
