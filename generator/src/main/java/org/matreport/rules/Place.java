package org.matreport.rules;

import org.matreport.load.Location;

/** Where a finding rests: the YAML path ({@code schools[3].performance}) and the place in a file it resolves to. */
public record Place(String path, Location location) implements Comparable<Place> {

    @Override
    public int compareTo(Place other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : path.compareTo(other.path);
    }

    @Override
    public String toString() {
        return location + " (" + path + ")";
    }
}
