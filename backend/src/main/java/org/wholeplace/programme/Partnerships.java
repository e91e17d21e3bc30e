package org.wholeplace.programme;

import org.springframework.stereotype.Service;
import org.wholeplace.unitcost.UnitCostRepository;
import reactor.core.publisher.Mono;

/**
 * Programmes summed for a place and theme ({@link PartnershipAppraisal}): the programmes, their inputs, the deflator
 * and the appraisal parameters, seven statements in all.
 */
@Service
public class Partnerships {

    private final ProgrammeRepository programmes;
    private final UnitCostRepository unitCosts;

    public Partnerships(ProgrammeRepository programmes, UnitCostRepository unitCosts) {
        this.programmes = programmes;
        this.unitCosts = unitCosts;
    }

    public Mono<PartnershipAppraisal> appraisalOf(ProgrammeFilter filter, ProgrammeAppraisal.Options options) {
        return programmes.programmesMatching(filter).collectList().flatMap(found -> Mono.zip(
                        programmes.inputsOf(found.stream().map(Programme::id).toList()),
                        unitCosts.currentGdpDeflator(), programmes.appraisalParametersInForce())
                .map(t -> PartnershipAppraisal.of(found, t.getT1(), t.getT2(), t.getT3(), options)));
    }
}
