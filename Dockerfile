# newsflow.jar in a container, for docker-compose.yml. One image for every service: the command picks it
# (java -jar newsflow.jar service ingest|enrich|index). Untested here: these machines have no Docker engine.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/launcher/target/newsflow.jar /app/newsflow.jar
# -XX:-DontCompileHugeMethods: enrich-service tags about 1.6 times as fast (see the README).
ENTRYPOINT ["java", "-XX:-DontCompileHugeMethods", "-jar", "/app/newsflow.jar"]
