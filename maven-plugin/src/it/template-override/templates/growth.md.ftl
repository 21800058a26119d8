## Growth

Our own words about growth, from the trust's own template.
