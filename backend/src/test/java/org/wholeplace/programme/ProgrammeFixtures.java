package org.wholeplace.programme;

/**
 * Programme files written for the tests, each worked by hand where it is used. They touch Oldham (E08000004), Greater
 * Manchester's one borough no shipped programme touches, so that sums over a place see only them.
 */
final class ProgrammeFixtures {

    /**
     * The council spends £1,000; of 100 people half succeed, a fifth of them would have anyway: 40 in the first year,
     * 20 (half dropping off) in the second. Valued with CR1.1 (£35 an incident to the police, in 2002/03 prices).
     * Grade 1 evidence: no optimism bias.
     */
    static final String DIVERSION = """
            source: Whole Place tests
            publisher: Whole Place tests
            licence: none (invented)
            programmes:
              - id: test-diversion
                name: Test diversion
                theme: transforming-justice
                places: [E08000004]
                start: 2023-24
                end: 2023-24
                costs:
                  - {agency: Local Authority, year: 2023-24, revenue: 1000}
                cohorts: {2023-24: 100}
                outcomes:
                  - {unitCost: CR1.1, engagement: 1, success: 0.5, deadweight: 0.2, lagYears: 0, durationYears: 2,
                     dropOff: 0.5, confidence: 1, cashable: true}
            """;

    /**
     * Two programmes valued with E&E2.0 (an ESA claimant into work: £8,632 fiscal, £7,500 of it DWP's and £1,132 the
     * NHS's by its constituent costs, £12,568 economic, all 2012/13). A: the council pays £100,000 in 2023-24; 50 of
     * 100 people into work; DWP's saving cashable, the NHS's not. B: DWP and the NHS pay £50,000 each in 2024-25; 10 of
     * 20 into work; every saving cashable.
     */
    static final String WORK = """
            source: Whole Place tests
            publisher: Whole Place tests
            licence: none (invented)
            programmes:
              - id: test-work-a
                name: Test work A
                theme: worklessness
                places: [E08000004]
                start: 2023-24
                end: 2023-24
                costs:
                  - {agency: Local Authority, year: 2023-24, revenue: 100000}
                cohorts: {2023-24: 100}
                outcomes:
                  - {unitCost: E&E2.0, engagement: 1, success: 0.5, deadweight: 0, lagYears: 0, durationYears: 1,
                     dropOff: 0, confidence: 1, cashable: {DWP: true, NHS: false}}
              - id: test-work-b
                name: Test work B
                theme: worklessness
                places: [E08000004]
                start: 2024-25
                end: 2024-25
                costs:
                  - {agency: NHS, year: 2024-25, inKind: 50000}
                  - {agency: DWP, year: 2024-25, revenue: 50000}
                cohorts: {2024-25: 20}
                outcomes:
                  - {unitCost: E&E2.0, engagement: 1, success: 0.5, deadweight: 0, lagYears: 0, durationYears: 1,
                     dropOff: 0, confidence: 1, cashable: true}
            """;

    private ProgrammeFixtures() {
    }
}
