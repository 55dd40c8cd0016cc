/**
 * iCalendar (RFC 5545) output: {@link fr.passerelle.kernel.calendar.ICalendar#write} turns
 * {@link fr.passerelle.kernel.calendar.CalendarEvent}s into a file for a feed ({@link
 * fr.passerelle.kernel.calendar.CalendarResponse}) or an e-mail attachment ({@code ICalendar.attachment}).
 * Built on ical4j, configured by {@code ical4j.properties} at the root of the classpath (no time zone updates
 * from the network, an in-memory cache of its bundled definitions).
 */
package fr.passerelle.kernel.calendar;
