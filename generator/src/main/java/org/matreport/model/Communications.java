package org.matreport.model;

import java.util.List;

/** How the trust keeps messages consistent and its staff together. */
public record Communications(
        @Doc("Whether the trust gathers all its staff together.")
        Boolean trustWideEvents,

        @Doc("Other channels, such as termly-briefings, hub-networks, newsletter.")
        List<String> other) {

    public Communications {
        other = List.copyOf(other);
    }
}
