package org.wholeplace.duplication;

import java.util.List;

/**
 * Which spend the duplication measures read, as GraphQL gives it: codes, unchecked. Like the spend filter, without
 * agencies (every agency in a place and service counts), and with the choice to leave generated figures out.
 */
public record DuplicationFilter(List<String> places, String within, List<String> services, List<String> themes,
                                List<String> years, String measure, Boolean includeSynthetic) {
}
