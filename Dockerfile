# Runtime image for Alliance. Build the jar first: ./mvnw -q -DskipTests install
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 alliance
WORKDIR /app
COPY alliance-web/target/alliance.jar /app/alliance.jar
USER alliance
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/alliance.jar"]
