package fr.passerelle.events.entity;

/** Who registers, as checked from a form or the API; {@code subject} is set for signed-in people only. */
public record Registrant(String name, String email, String emailKey, String organisation, StructureType structureType,
                         String communeCode, String accessibility, String subject) {
}
