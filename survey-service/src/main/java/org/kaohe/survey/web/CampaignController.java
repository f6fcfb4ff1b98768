package org.kaohe.survey.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.kaohe.events.ids.AgencyCode;
import org.kaohe.events.ids.CampaignId;
import org.kaohe.events.ids.Codes;
import org.kaohe.platform.reference.ReferenceData;
import org.kaohe.platform.web.Caller;
import org.kaohe.platform.web.problem.ClientText;
import org.kaohe.platform.web.validation.FreeText;
import org.kaohe.survey.campaign.domain.CampaignDefinition;
import org.kaohe.survey.campaign.domain.CloseCampaignCommand;
import org.kaohe.survey.campaign.domain.CorrectCampaignCommand;
import org.kaohe.survey.campaign.domain.DestroyCampaignKeyCommand;
import org.kaohe.survey.campaign.domain.DraftCampaignCommand;
import org.kaohe.survey.campaign.domain.EraseRespondentCommand;
import org.kaohe.survey.campaign.domain.Item;
import org.kaohe.survey.campaign.domain.OpenCampaignCommand;
import org.kaohe.survey.campaign.domain.WeightingSettings;
import org.kaohe.survey.campaign.query.CampaignView;
import org.kaohe.survey.campaign.query.CampaignViews;
import org.kaohe.survey.responses.RespondentKeys;
import org.kaohe.survey.responses.ResponseIds;
import org.kaohe.survey.responses.ResponseStore;
import org.kaohe.survey.responses.UnitProgress;
import org.kaohe.survey.weighting.Quotas;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Campaigns through their year: defined as a draft, opened, closed (which publishes every unit's
 * result), corrected with a reason; a respondent erased at their request; the campaign's key
 * destroyed once everything is published. Who and which agency go into every event.
 */
@RestController
@RequestMapping(CampaignController.CAMPAIGNS)
class CampaignController {
  static final String CAMPAIGNS = "/api/survey/campaigns";
  private final CommandGateway commands;
  private final CampaignViews views;
  private final ReferenceData reference;
  private final SurveyCallers callers;
  private final RespondentKeys keys;
  private final ResponseStore responses;
  private final Clock clock;

  CampaignController(
      CommandGateway commands,
      CampaignViews views,
      ReferenceData reference,
      SurveyCallers callers,
      RespondentKeys keys,
      ResponseStore responses,
      Clock clock) {
    this.commands = commands;
    this.views = views;
    this.reference = reference;
    this.callers = callers;
    this.keys = keys;
    this.responses = responses;
    this.clock = clock;
  }

  @PostMapping
  Mono<ResponseEntity<CampaignView>> draft(
      @Validated @RequestBody CampaignRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    callers.requireCampaignRunner(caller);
    CampaignDefinition definition = definition(request);
    CampaignId id = new CampaignId(request.campaignId());
    // Refused before its key is made: a refused definition leaves nothing behind.
    definition.requireValid(id);
    return blocking(
        () -> {
          keys.create(id.value());
          commands.sendAndWait(
              new DraftCampaignCommand(
                  id, definition, caller.principal(), agency(caller), clock.instant()),
              SurveyMetaData.of(caller, requestId, null));
          return ResponseEntity.created(URI.create(CAMPAIGNS + "/" + id)).body(find(id.value()));
        });
  }

  @GetMapping
  Mono<List<CampaignView>> list() {
    return blocking(views::all);
  }

  @GetMapping("/{campaignId}")
  Mono<CampaignView> get(@PathVariable String campaignId) {
    return blocking(() -> find(campaignId));
  }

  @PostMapping("/{campaignId}/opening")
  Mono<CampaignView> open(
      @PathVariable String campaignId,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    callers.requireCampaignRunner(caller);
    return step(
        campaignId,
        caller,
        requestId,
        null,
        id -> new OpenCampaignCommand(id, caller.principal(), agency(caller), clock.instant()));
  }

  @PostMapping("/{campaignId}/closing")
  Mono<CampaignView> close(
      @PathVariable String campaignId,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    callers.requireCampaignRunner(caller);
    return step(
        campaignId,
        caller,
        requestId,
        null,
        id -> new CloseCampaignCommand(id, caller.principal(), agency(caller), clock.instant()));
  }

  /** Excludes responses and replaces units' population shares, with the reason. */
  record CorrectionRequest(
      @Size(max = 10_000)
          List<@NotNull @Pattern(regexp = ResponseIds.FORMAT) String> excludedResponseIds,
      @Size(max = 500)
          Map<
                  @NotNull @Pattern(regexp = Codes.FORMAT) String,
                  @NotNull @Size(max = 10) Map<
                      @NotNull @Pattern(regexp = CampaignRequest.NAME) String,
                      @NotNull @Size(max = 30) Map<
                          @NotNull @Pattern(regexp = CampaignRequest.NAME) String,
                          @NotNull BigDecimal>>>
              targets,
      @NotBlank @FreeText(max = 1000) String reason) {}

  @PostMapping("/{campaignId}/corrections")
  Mono<CampaignView> correct(
      @PathVariable String campaignId,
      @Validated @RequestBody CorrectionRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    callers.requireCampaignRunner(caller);
    List<String> excluded =
        request.excludedResponseIds() == null
            ? List.of()
            : request.excludedResponseIds().stream().distinct().sorted().toList();
    return step(
        campaignId,
        caller,
        requestId,
        request.reason(),
        id -> {
          List<String> unknown =
              excluded.stream().filter(r -> !responses.holds(id.value(), r)).limit(20).toList();
          if (!unknown.isEmpty()) {
            throw new ResponseStatusException(
                HttpStatus.BAD_REQUEST,
                "excludedResponseIds: campaign " + id + " holds no response " + unknown);
          }
          return new CorrectCampaignCommand(
              id,
              excluded,
              nested(request.targets()),
              request.reason(),
              caller.principal(),
              agency(caller),
              clock.instant());
        });
  }

  /** A respondent's request to be forgotten: their key, and the unit they answered about. */
  record ErasureRequest(
      @NotNull @Pattern(regexp = Codes.FORMAT) String unitCode,
      @NotBlank @FreeText(max = 256) String respondentKey,
      @NotBlank @FreeText(max = 1000) String reason) {}

  /** What an erasure did: the response whose link to the respondent is gone. */
  record Erasure(String campaignId, String unitCode, String responseId) {}

  @PostMapping("/{campaignId}/erasures")
  Mono<Erasure> erase(
      @PathVariable String campaignId,
      @Validated @RequestBody ErasureRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    return blocking(
        () -> {
          CampaignView campaign = find(campaignId);
          String hash =
              keys.hashWithStoredKey(campaign.campaignId(), request.respondentKey())
                  .orElseThrow(
                      () ->
                          new ResponseStatusException(
                              HttpStatus.CONFLICT,
                              "the respondent key of campaign "
                                  + campaignId
                                  + " is destroyed: no response can be linked to a respondent"
                                  + " any more"));
          String responseId =
              responses
                  .unlink(campaign.campaignId(), request.unitCode(), hash)
                  .orElseThrow(
                      () ->
                          new ResponseStatusException(
                              HttpStatus.NOT_FOUND,
                              "campaign "
                                  + campaignId
                                  + " holds no response of that respondent for unit "
                                  + request.unitCode()));
          commands.sendAndWait(
              new EraseRespondentCommand(
                  new CampaignId(campaign.campaignId()),
                  request.unitCode(),
                  responseId,
                  request.reason(),
                  caller.principal(),
                  agency(caller),
                  clock.instant()),
              SurveyMetaData.of(caller, requestId, request.reason()));
          return new Erasure(campaign.campaignId(), request.unitCode(), responseId);
        });
  }

  /** Why the campaign's key is destroyed. */
  record KeyDestructionRequest(@NotBlank @FreeText(max = 1000) String reason) {}

  @PostMapping("/{campaignId}/key-destruction")
  Mono<CampaignView> destroyKey(
      @PathVariable String campaignId,
      @Validated @RequestBody KeyDestructionRequest request,
      @RequestHeader(name = "X-Request-Id", required = false) String requestId,
      Caller caller) {
    callers.requireCampaignRunner(caller);
    return blocking(
        () -> {
          CampaignView campaign = find(campaignId);
          commands.sendAndWait(
              new DestroyCampaignKeyCommand(
                  new CampaignId(campaign.campaignId()),
                  request.reason(),
                  caller.principal(),
                  agency(caller),
                  clock.instant()),
              SurveyMetaData.of(caller, requestId, request.reason()));
          keys.destroy(campaign.campaignId());
          return find(campaignId);
        });
  }

  /**
   * Per unit of the campaign: quota, counted, stored, partials, by channel, refused respondents.
   */
  record UnitProgressView(
      String unitCode,
      int quota,
      int counted,
      boolean quotaMet,
      int stored,
      int partials,
      int duplicateRespondentsRefused,
      Map<String, Integer> byChannel) {}

  @GetMapping("/{campaignId}/progress")
  Mono<List<UnitProgressView>> progress(@PathVariable String campaignId, Caller caller) {
    return blocking(
        () -> {
          CampaignView campaign = find(campaignId);
          callers.requireProgressReader(caller, campaign);
          Map<String, UnitProgress> progress = responses.progress(campaign.campaignId());
          return campaign.definition().units().stream()
              .sorted()
              .map(
                  unit -> {
                    UnitProgress p = progress.getOrDefault(unit, new UnitProgress());
                    int quota = campaign.definition().quotaOf(unit);
                    return new UnitProgressView(
                        unit,
                        quota,
                        p.counted(),
                        p.counted() >= quota,
                        p.stored(),
                        p.partials(),
                        p.duplicateRespondents(),
                        p.byChannel());
                  })
              .toList();
        });
  }

  private interface Step {
    Object command(CampaignId id);
  }

  private Mono<CampaignView> step(
      String campaignId, Caller caller, String requestId, String reason, Step step) {
    return blocking(
        () -> {
          CampaignView campaign = find(campaignId);
          commands.sendAndWait(
              step.command(new CampaignId(campaign.campaignId())),
              SurveyMetaData.of(caller, requestId, reason));
          return find(campaignId);
        });
  }

  CampaignView find(String campaignId) {
    return views
        .find(campaignId)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "no campaign " + ClientText.quoted(campaignId)));
  }

  private CampaignDefinition definition(CampaignRequest request) {
    List<String> units =
        request.units() == null || request.units().isEmpty()
            ? reference.surveyedUnits().stream().map(unit -> unit.code().value()).toList()
            : request.units();
    List<String> unknown =
        units.stream().filter(code -> reference.unit(code).isEmpty()).limit(20).toList();
    if (!unknown.isEmpty()) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "units: not units of the reference data: " + unknown);
    }
    WeightingSettings defaults = WeightingSettings.DEFAULT;
    CampaignRequest.WeightingRequest weighting = request.weighting();
    return new CampaignDefinition(
        request.year(),
        request.wave() == null ? 1 : request.wave(),
        units,
        request.items().stream()
            .map(
                item ->
                    new Item(
                        item.code(),
                        item.text(),
                        item.dimension(),
                        item.min(),
                        item.max(),
                        item.required() == null || item.required()))
            .toList(),
        request.minimumRequiredShare() == null ? BigDecimal.ONE : request.minimumRequiredShare(),
        new TreeMap<>(request.demographics() == null ? Map.of() : request.demographics()),
        sorted(request.defaultTargets()),
        nested(request.targets()),
        request.defaultQuota() == null ? Quotas.defaultQuota() : request.defaultQuota(),
        new TreeMap<>(request.quotas() == null ? Map.of() : request.quotas()),
        request.fieldworkOpens(),
        request.fieldworkCloses(),
        new TreeMap<>(request.teams() == null ? Map.of() : request.teams()),
        weighting == null
            ? defaults
            : new WeightingSettings(
                weighting.tolerance() == null ? defaults.tolerance() : weighting.tolerance(),
                weighting.maxIterations() == null
                    ? defaults.maxIterations()
                    : weighting.maxIterations(),
                weighting.trimLower() == null ? defaults.trimLower() : weighting.trimLower(),
                weighting.trimUpper() == null ? defaults.trimUpper() : weighting.trimUpper()));
  }

  private static SortedMap<String, SortedMap<String, BigDecimal>> sorted(
      Map<String, Map<String, BigDecimal>> shares) {
    SortedMap<String, SortedMap<String, BigDecimal>> sorted = new TreeMap<>();
    if (shares != null) {
      shares.forEach((dimension, categories) -> sorted.put(dimension, new TreeMap<>(categories)));
    }
    return sorted;
  }

  private static SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> nested(
      Map<String, Map<String, Map<String, BigDecimal>>> targets) {
    SortedMap<String, SortedMap<String, SortedMap<String, BigDecimal>>> sorted = new TreeMap<>();
    if (targets != null) {
      targets.forEach((unit, shares) -> sorted.put(unit, sorted(shares)));
    }
    return sorted;
  }

  private static AgencyCode agency(Caller caller) {
    return caller.agency().map(AgencyCode::new).orElse(null);
  }

  static <T> Mono<T> blocking(java.util.concurrent.Callable<T> work) {
    return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
  }
}
