package org.matreport.gias;

import java.time.LocalDate;
import org.matreport.model.Phase;
import org.matreport.model.Region;
import org.matreport.model.Urn;

/**
 * A school as the register describes it, in the schema's words; a field the register left empty or that could not be
 * mapped is {@code null}.
 */
record RegisterSchool(
        Urn urn, String name, Phase phase, Region region, String localAuthority, Integer pupils, LocalDate joined) {}
