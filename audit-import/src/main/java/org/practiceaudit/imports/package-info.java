/**
 * Reading the datasets councils already produce into case files: the options of an import, its
 * result (cases, rows read per list, rows skipped by reason, warnings), age bands and key files.
 *
 * <pre>{@code
 * ImportResult result = AnnexA.read(Path.of("annex-a.xlsx"), ImportOptions.builder()
 *     .asOf(LocalDate.of(2026, 3, 31)).pseudonyms(KeyFiles.read(Path.of("audit.key"))).build());
 * Sample sample = Sampler.draw(result.population(), plan, asOf, Seed.of(42));
 * }</pre>
 */
package org.practiceaudit.imports;
