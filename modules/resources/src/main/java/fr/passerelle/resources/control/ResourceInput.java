package fr.passerelle.resources.control;

import java.util.List;

/**
 * A resource as someone typed it (API, form, content file), before any check: raw strings and codes.
 * {@link ResourceDescription#check(ResourceInput)} turns it into checked values.
 */
public record ResourceInput(String title, String summary, String body, String type, String licence,
                            List<String> themes, List<String> audiences, String level, String producerName,
                            String producerUrl, String externalUrl) {
}
