# One image recipe for every service: docker compose passes SERVICE (the module directory).
FROM eclipse-temurin:17.0.15_6-jdk AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN ./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl "${SERVICE}" -am package

FROM eclipse-temurin:17.0.15_6-jre
ARG SERVICE
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/${SERVICE}/target/${SERVICE}-exec.jar /app/service.jar
ENV JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xss512k -XX:MaxRAMPercentage=60 -Daxoniq.update-checker.disabled=true -Ddisable-axoniq-console-message=true"
USER 10001
ENTRYPOINT ["java", "-jar", "/app/service.jar"]
