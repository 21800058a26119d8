package org.matreport.model;

import java.time.LocalDate;

/** The {@code trust:} section: who the trust is, and which board meeting and year the pack is for. */
public record Profile(
        @Required @Doc("The trust's name as it appears on the cover.")
        String name,

        @Pattern(value = "[0-9A-Z]{8}", hint = "eight characters, such as \"09876543\"")
        @Doc("The trust's company number, eight characters; quote it to keep leading zeros.")
        String companyNumber,

        @Required @Doc("The academic year the pack plans for, written YYYY/YY.")
        AcademicYear period,

        @Doc("The date of the board meeting the pack is for (YYYY-MM-DD).")
        LocalDate boardMeeting,

        @Range(min = 0) @Doc("Annual income in pounds, used for investment ratios.")
        Long revenue,

        @Pattern(value = "[^\\\\]*\\.(svg|png|SVG|PNG)", hint = "an .svg or .png file inside the trust folder")
        @Doc("The trust's logo: an SVG or PNG file inside the trust folder.")
        String logo,

        @Pattern(value = "#[0-9a-fA-F]{6}", hint = "a colour written #rrggbb, such as \"#1d4f91\"")
        @Doc("The brand colour for headings and charts, written #rrggbb.")
        String colour) {}
