package org.tandem.web.print;

/** Who sends the document: the company's name and, when set, one line of address under it. */
public record Letterhead(String companyName, String address) {
}
