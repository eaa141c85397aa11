package org.mutual.ui.homework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.user.Roles;

/**
 * {@code /resources}: the practice's resource library — readings and worksheets therapists attach to
 * homework. Searchable by title or author; entries are archived, never deleted, so homework that
 * carries them keeps them.
 */
@Route("resources")
@RolesAllowed(Roles.THERAPIST)
public class ResourcesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ResourceService library;
    final Grid<Resource> grid = new Grid<>();
    final TextField search = new TextField();

    public ResourcesView(ResourceService library) {
        this.library = library;
        setId("resources");
        setSizeFull();

        search.setId("resource-search");
        search.setPlaceholder(getTranslation("resources.search"));
        search.setAriaLabel(getTranslation("resources.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        Button add = new Button(getTranslation("resource.add"), VaadinIcon.PLUS.create(), e -> {
            ResourceForm form = new ResourceForm(library);
            form.addSubmittedListener(done -> grid.getDataProvider().refreshAll());
            form.open();
        });
        add.setId("resource-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("resource-grid");
        grid.addColumn(Resource::title).setHeader(getTranslation("resource.title")).setFlexGrow(3);
        grid.addColumn(r -> r.author() == null ? "" : r.author()).setHeader(getTranslation("resource.author"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::source).setHeader(getTranslation("resource.source")).setFlexGrow(2);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("resource.note")).setFlexGrow(3);
        grid.addComponentColumn(this::archiveButton).setFlexGrow(0).setAutoWidth(true);
        grid.setItems(query -> library.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> library.count(search.getValue()));
        grid.setEmptyStateText(getTranslation("resources.empty"));

        HorizontalLayout tools = new HorizontalLayout(search, add);
        tools.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(new H2(getTranslation("resources.title")), tools, grid);
        setFlexGrow(1, grid);
    }

    private Component source(Resource resource) {
        HorizontalLayout parts = new HorizontalLayout();
        parts.setSpacing(true);
        if (resource.link() != null) {
            Anchor link = new Anchor(resource.link(), getTranslation("resource.open-link"), AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            parts.add(link);
        }
        if (resource.hasFile()) {
            parts.add(Attachments.pdfLink(resource, library));
        }
        return parts;
    }

    private Component archiveButton(Resource resource) {
        Button archive = new Button(getTranslation("resource.archive"), e -> {
            library.archive(resource.id(), resource.version());
            grid.getDataProvider().refreshAll();
        });
        archive.setId("resource-archive-" + resource.id());
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return archive;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources");
    }
}
